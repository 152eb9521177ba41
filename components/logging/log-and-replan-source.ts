// What LogAndReplanPanel needs from the outside world, as a narrow interface the page fills in
// (lib/services/log-source.ts matches it): the component never touches the database or the browser itself.
import type { DayKey } from '../../lib/domain/day';
import type { AppState } from '../../lib/domain/app-state';
import type { Settings } from '../../lib/domain/settings';
import type { Task } from '../../lib/domain/types';
import type { BlockValues } from './block-draft';
import type { PracticeExamValues } from './PracticeExamForm';
import type { ReflectionValues } from './ReflectionForm';

export interface LogAndReplanState {
  settings: Settings;
  /** What the last replan moved, kept until dismissed. */
  replanNews: AppState['replanNews'];
  today: DayKey;
  todaysTasks: Task[];
  /** A suggestion to reach out after two weeks without a check-in (lib/domain/progress), or null. */
  supportNudge: string | null;
  /** Practice forms already logged (the exam form marks them "taken"). */
  takenFormIds?: string[];
}

export interface LogAndReplanSource {
  read(): Promise<LogAndReplanState>;
  /** Replans once per plan day; what moved is kept in the app state's `replanNews` until dismissed. */
  replanIfNeeded(): Promise<unknown>;
  /** Trades lower-priority work ahead for the tasks that did not fit (replanNews.unplacedTaskIds). */
  dropLowerPriority(): Promise<unknown>;
  dismissReplanNews(): Promise<unknown>;
  logBlock(values: BlockValues): Promise<unknown>;
  logExam(values: PracticeExamValues): Promise<unknown>;
  logReflection(values: ReflectionValues): Promise<unknown>;
  subscribe(listener: () => void): () => void;
}
