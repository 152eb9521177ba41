// What the new tab and the popup keep for their next first frame (issue 19): the today panel rendered off the page from
// a frame, as each page's first render draws it from the kept frame (the slots still empty, no message yet). The
// page's classic script draws this tree before any module loads, and the app then renders the same nodes over it, so
// the markup is in one place: the panel. Loaded after the first paint, with the read.
import { render } from 'preact';
import type { TodayFrame } from '../../lib/domain/today/today-frame';
import { loadTodayContent, TodayPanel } from './TodayPanel';
import type { TodaySource } from './today-source';

const never = () => new Promise<never>(() => undefined);
const nothing = () => Promise.resolve();

/** A source that only ever has `frame`: the panel's first render from it is what a page draws first. */
const stillSource = (frame: TodayFrame): TodaySource => ({
  snapshot: () => frame,
  read: never,
  frame: never,
  messages: never,
  setDone: nothing,
  pin: nothing,
  unpin: nothing,
  hide: nothing,
  recordShown: nothing,
  subscribe: () => () => undefined,
});

/**
 * Keeps `frame` with what the new tab and the popup draw from it, for their next first frame: this panel rendered
 * off the page, as the page's first render draws it from the kept frame (the slots still empty, no message yet), so
 * the first frame and the page the app takes over are the same nodes.
 */
export async function keepFirstFrame(source: TodaySource, frame: TodayFrame, settingsHref: string): Promise<void> {
  if (!source.keep) return;
  // The panel draws the frame on its first render only once the view's components are loaded (after a read they are).
  await loadTodayContent();
  const draw = (compact: boolean) => {
    const container = document.createElement('div');
    render(
      <TodayPanel source={stillSource(frame)} settingsHref={settingsHref} compact={compact} focus={() => null} />,
      container,
    );
    return container;
  };
  const page = draw(false);
  const popup = draw(true);
  try {
    await source.keep(frame, { page, popup });
  } finally {
    render(null, page);
    render(null, popup);
  }
}
