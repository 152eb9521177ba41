// The new tab's and popup's background: one of a few calm gradients bundled in components/today/today.css (nothing
// is fetched), chosen in a small control on the new tab and kept for this browser.
import { keepBackground, loadBackground } from '../platform/page-background';

export const chosenBackground = (): string => loadBackground();

export const chooseBackground = (id: string): void => keepBackground(id);
