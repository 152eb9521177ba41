// What a page's focus control shows: the running or paused session, its task's title, the next task a block would be
// for, and the lengths to choose from. One type for the service that reads it (lib/services/focus-state.ts) and the
// component that draws it (components/focus/FocusPanel.tsx).
import type { Settings } from '../settings';
import type { FocusSession } from '../types';

export interface FocusView {
  session?: FocusSession;
  taskTitle?: string;
  /** The plan day's first task still to do: what a new block is for unless the page picks another. */
  nextTask?: { id: string; title: string; minutes: number };
  focus: Settings['focus'];
  /** Minutes of one block of the student's exam, for the "like an exam block" choice. */
  examBlockMinutes: number;
}
