// What FocusPanel needs from the outside world, as a narrow interface the page fills in (lib/services/focus-source.ts
// matches it): the component never touches the database or the browser itself.
import type { Settings } from '../../lib/domain/settings';
import type { FocusSession } from '../../lib/domain/types';

export interface FocusPanelState {
  session?: FocusSession;
  taskTitle?: string;
  nextTask?: { id: string; title: string; minutes?: number };
  focus: Settings['focus'];
  /** Minutes of one block of the student's exam. */
  examBlockMinutes: number;
}

export interface FocusPanelSource {
  read(): Promise<FocusPanelState>;
  now(): number;
  /** `remember`: the student picked this length, which becomes their usual one (settings.focus.focusMinutes). */
  start(minutes: number, taskId?: string, remember?: boolean): Promise<unknown>;
  pause(): Promise<unknown>;
  resume(): Promise<unknown>;
  extend(): Promise<unknown>;
  stop(): Promise<unknown>;
  subscribe(listener: () => void): () => void;
}
