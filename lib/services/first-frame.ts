// The first frame of the new tab and the popup, drawn by a classic script before any module loads
// (entrypoints/first-frame.ts), and the app's taking over from it (entrypoints/newtab/main.tsx, popup/main.tsx).
// Only a snapshot of today is drawn: one from an earlier plan day is never shown as today (the day is told from the
// clock and the day's start hour kept with it), and every write from a page to a store the today read covers drops
// the snapshot before it is announced (lib/services/live-context.ts), so one from before a settings change is never
// drawn either.
import { planDayAt } from '../domain/day';
import { drawFirstFrame, firstFrameDrawn, firstFrameSlot, startApp, takeOverFirstFrame } from '../platform/first-frame';
import { drawnFrame, loadTodaySnapshot, type TodaySnapshot } from '../platform/today-snapshot';

/** The kept snapshot if it is of the plan day `now` falls in. */
export function todaysSnapshot(now: number): TodaySnapshot | undefined {
  const kept = loadTodaySnapshot();
  return kept && kept.today === planDayAt(now, kept.dayStartHour) ? kept : undefined;
}

/** Draws today's first frame into the page's container, if a fresh one is kept (otherwise the app draws it), and
 * starts the app: after that frame is painted, or at once when there was none to draw. */
export function drawTodayFirstFrame(now = Date.now()): void {
  const slot = firstFrameSlot();
  if (!slot) return;
  const snapshot = todaysSnapshot(now);
  const tree = snapshot?.view.state === 'day' ? drawnFrame(snapshot, slot.kind) : undefined;
  if (tree) drawFirstFrame(slot.container, tree);
  startApp(slot.container, tree !== undefined);
}

/**
 * Renders the app into the container the first frame was drawn in, keeping its nodes and its clicks. With a first
 * frame drawn, `ready` (what the app's first render needs to draw those same nodes: the view's components, a chunk
 * of their own) comes first; clicks made in the meantime are noted as before. With none, the app renders at once.
 */
export function takeOverTodayFrame(container: Element, ready: Promise<unknown>, render: () => void): void {
  if (!firstFrameDrawn()) return takeOverFirstFrame(container, render);
  const takeOver = () => takeOverFirstFrame(container, render);
  void ready.then(takeOver, takeOver);
}
