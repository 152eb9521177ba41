// What the new tab's and the popup's plan-keeping panel shows: the settings the logging forms start from, the replan
// news, today's tasks, the nudge to reach out and the practice forms already logged. One type for the service that
// reads it (lib/services/log-source.ts) and the component that draws it (components/logging/LogAndReplanPanel.tsx).
import type { AppState } from '../app-state';
import type { DayKey } from '../day';
import type { Settings } from '../settings';
import type { Task } from '../types';

export interface LogPanelData {
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
