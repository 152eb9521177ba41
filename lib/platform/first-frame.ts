// The first frame's hand-over. The page's classic script (entrypoints/first-frame.ts) draws the kept tree into the
// page's container before any module has loaded, and from then on notes every click on a control in it: the
// checkboxes tick as any checkbox does, and nothing is dropped. When the app's module has loaded, it renders the
// same components into the same container; Preact keeps the nodes it finds there (the same tags in the same order,
// so nothing is replaced and nothing moves), then the noted clicks are played again on the app's own controls: a
// box ticked in the first frame ends ticked and saved, a button pressed is pressed.
import { drawTree, type FrameNode } from './frame-tree';

/** Shared by the classic script and the app's module: two bundles, one page. */
const HANDOVER = '__retakeCoachFirstFrame';

interface Handover {
  /** The controls clicked in the first frame, in order. */
  clicked: Element[];
  stop(): void;
}

type WithHandover = typeof globalThis & { [HANDOVER]?: Handover };

/** Draws `tree` into `container` and notes the clicks on its controls until the app takes over. */
export function drawFirstFrame(container: Element, tree: readonly FrameNode[]): void {
  drawTree(container, tree);
  const clicked: Element[] = [];
  const note = (event: Event) => {
    const control = event.target instanceof Element ? event.target.closest('input, button, select, summary') : null;
    if (control) clicked.push(control);
  };
  container.addEventListener('click', note, true);
  (globalThis as WithHandover)[HANDOVER] = { clicked, stop: () => container.removeEventListener('click', note, true) };
}

/** Whether this page's classic script drew a first frame (the app then renders over it). */
export const firstFrameDrawn = (): boolean => (globalThis as WithHandover)[HANDOVER] !== undefined;

/** Runs `render` (which draws the app into `container`), then plays the first frame's clicks on the app's controls. */
export function takeOverFirstFrame(container: Element, render: () => void): void {
  const handover = (globalThis as WithHandover)[HANDOVER];
  delete (globalThis as WithHandover)[HANDOVER];
  handover?.stop();
  // A checkbox counts by where it ended (ticked then unticked is no change); a button by each press.
  const boxes = new Map<HTMLInputElement, boolean>();
  const presses: Element[] = [];
  for (const control of handover?.clicked ?? []) {
    if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
      boxes.set(control, control.checked);
    else presses.push(control);
  }
  render();
  // Preact kept the nodes it found; should a tree have differed, the control with the same id stands in for it.
  const live = (control: Element): Element | null =>
    control.isConnected ? control : control.id ? container.ownerDocument.getElementById(control.id) : null;
  for (const [box, checked] of boxes) {
    const now = live(box);
    if (now instanceof HTMLInputElement && now.checked !== checked) now.click();
  }
  for (const press of presses) (live(press) as HTMLElement | null)?.click();
}

/**
 * Loads the app's module, whose address the build put on the container (scripts/build/inline-first-frame-styles.ts):
 * after the first frame is painted when there is one, so that nothing the app does comes before that paint (a
 * hidden tab paints no frame, so a timer stands in), and at once when there is none.
 */
export function startApp(container: HTMLElement, afterPaint: boolean): void {
  const src = container.dataset.app;
  if (!src) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.head.append(script);
  };
  if (!afterPaint) return start();
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 100);
}

/** The page's container and which first frame it draws (`<div id="app" data-first-frame="page">` in its HTML). */
export function firstFrameSlot(): { container: HTMLElement; kind: 'page' | 'popup' } | undefined {
  const container = document.getElementById('app');
  const kind = container?.dataset.firstFrame;
  return container && (kind === 'page' || kind === 'popup') ? { container, kind } : undefined;
}
