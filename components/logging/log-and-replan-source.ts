// What LogAndReplanPanel needs from the outside world, as a narrow interface the page fills in
// (lib/services/log-source.ts matches it): the component never touches the database or the browser itself.
import type { LogPanelData } from '../../lib/domain/today/log-panel-data';
import type { PracticeExamEntry, ReflectionEntry } from '../../lib/domain/types';
import type { BlockValues } from './block-draft';

export interface LogAndReplanSource {
  read(): Promise<LogPanelData>;
  /** Replans once per plan day; what moved is kept in the app state's `replanNews` until dismissed. */
  replanIfNeeded(): Promise<unknown>;
  /** Trades lower-priority work ahead for the tasks that did not fit (replanNews.unplacedTaskIds). */
  dropLowerPriority(): Promise<unknown>;
  dismissReplanNews(): Promise<unknown>;
  logBlock(values: BlockValues): Promise<unknown>;
  logExam(values: PracticeExamEntry): Promise<unknown>;
  logReflection(values: ReflectionEntry): Promise<unknown>;
  subscribe(listener: () => void): () => void;
}
