// The last "today" a page drew, kept in the extension's localStorage so that a new tab can draw its first frame
// without waiting for IndexedDB (the "snapshot kept for the first paint"). localStorage is synchronous and
// shared by the new tabs and the popup; the real read follows at once and replaces what the snapshot showed. What is
// kept is the computed frame (lib/domain/today/today-frame.ts), not the records: only today, and drawn as it is.
import type { TodayFrame } from '../domain/today/today-frame';
import { isFrameTree, type FrameNode } from './frame-tree';

/** The pages with a first frame: the new tab (`page`) and the popup. */
export type FrameKind = 'page' | 'popup';

/** The frame, and what each page drew from it (lib/platform/frame-tree.ts), for the classic first-frame script. */
export interface TodaySnapshot extends TodayFrame {
  drawn?: Partial<Record<FrameKind, FrameNode[]>>;
}

// A new key for the computed frame: a snapshot of records left by an older version is never read as a frame.
const KEY = 'retake-coach:today-frame';
const OLD_KEY = 'retake-coach:today-snapshot';

export function loadTodaySnapshot(): TodaySnapshot | undefined {
  try {
    const text = localStorage.getItem(KEY);
    const kept = text ? (JSON.parse(text) as Partial<TodaySnapshot> | null) : undefined;
    return kept &&
      typeof kept.today === 'string' &&
      typeof kept.dayStartHour === 'number' &&
      typeof kept.view === 'object' &&
      kept.view
      ? (kept as TodaySnapshot)
      : undefined;
  } catch {
    // Storage off or a damaged entry: the page simply waits for its read.
    return undefined;
  }
}

/** The tree `kind` drew from the kept frame, if it is one (a damaged or foreign entry draws nothing). */
export function drawnFrame(snapshot: TodaySnapshot, kind: FrameKind): FrameNode[] | undefined {
  const tree = snapshot.drawn?.[kind];
  return isFrameTree(tree) ? tree : undefined;
}

export function keepTodaySnapshot(frame: TodaySnapshot | undefined): void {
  try {
    localStorage.removeItem(OLD_KEY);
    if (frame) localStorage.setItem(KEY, JSON.stringify(frame));
    else localStorage.removeItem(KEY);
  } catch {
    // Full or unavailable: the next page reads IndexedDB first, as it would without a snapshot.
  }
}

/** Forget the snapshot: before a write the today read covers is announced (lib/services/live-context.ts). */
export function dropTodaySnapshot(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // No localStorage here (the service worker) or storage off: there is no snapshot to go stale either.
  }
}
