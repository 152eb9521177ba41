// Settings, the tasks of the current plan day (the logging forms' quick defaults) and the last two weeks' tasks
// (for the nudge to reach out when no check-in was done): a view of the today read (lib/db/read-today.ts), which
// already covers those two weeks, so that the two pages' panels share one read path.
import { addDays, type DayKey } from '../domain/day';
import { SUPPORT_GAP_DAYS } from '../domain/progress';
import type { AppState } from '../domain/app-state';
import type { Settings } from '../domain/settings';
import type { Task } from '../domain/types';
import type { RetakeCoachDatabase } from './open';
import { readToday } from './read-today';

export interface TodayTasks {
  settings: Settings;
  /** What the last replan moved, until dismissed (lib/domain/app-state.ts). */
  replanNews: AppState['replanNews'];
  today: DayKey;
  todaysTasks: Task[];
  /** Tasks from two weeks ago up to today. */
  recentTasks: Task[];
  /** Practice forms already logged. */
  takenFormIds: string[];
}

export async function readTodayTasks(db: RetakeCoachDatabase, now: number): Promise<TodayTasks> {
  const { settings, appState, today, tasks, assessments } = await readToday(db, now);
  const since = addDays(today, -SUPPORT_GAP_DAYS);
  const recentTasks = tasks.filter((t) => t.day >= since && t.day <= today);
  const todaysTasks = recentTasks.filter((t) => t.day === today).sort((a, b) => a.order - b.order);
  return {
    settings,
    replanNews: appState.replanNews,
    today,
    todaysTasks,
    recentTasks,
    takenFormIds: [...new Set(assessments.map((a) => a.formId))],
  };
}
