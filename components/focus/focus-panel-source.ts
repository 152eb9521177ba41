// What FocusPanel needs from the outside world, as a narrow interface the page fills in (lib/services/focus-source.ts
// matches it): the component never touches the database or the browser itself. What it reads is the domain's
// FocusView, the type the service returns too.
import type { FocusView } from '../../lib/domain/focus/focus-view';

export interface FocusPanelSource {
  read(): Promise<FocusView>;
  now(): number;
  /** `remember`: the student picked this length, which becomes their usual one (settings.focus.focusMinutes). */
  start(minutes: number, taskId?: string, remember?: boolean): Promise<unknown>;
  pause(): Promise<unknown>;
  resume(): Promise<unknown>;
  extend(): Promise<unknown>;
  stop(): Promise<unknown>;
  subscribe(listener: () => void): () => void;
}
