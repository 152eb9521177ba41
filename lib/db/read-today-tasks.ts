// Settings, the tasks of the current plan day (the logging forms' quick defaults) and the last two weeks' tasks
// (for the nudge to reach out when no check-in was done).
import { addDays, planDayAt, type DayKey } from '../domain/day';
import { SUPPORT_GAP_DAYS } from '../domain/progress';
import type { Settings } from '../domain/settings';
import type { Task } from '../domain/types';
import type { RetakeCoachDatabase } from './open';
import { withDefaults } from './read-alarm-state';
import { SETTINGS_KEY } from './schema';

export interface TodayTasks {
  settings: Settings;
  today: DayKey;
  todaysTasks: Task[];
  /** Tasks from two weeks ago up to today. */
  recentTasks: Task[];
}

export async function readTodayTasks(db: RetakeCoachDatabase, now: number): Promise<TodayTasks> {
  const tx = db.transaction(['settings', 'tasks'], 'readonly');
  const settings = withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY));
  const today = planDayAt(now, settings.dayStartHour);
  const recentTasks = await tx.objectStore('tasks').index('by-day').getAll(IDBKeyRange.bound(addDays(today, -SUPPORT_GAP_DAYS), today));
  await tx.done;
  const todaysTasks = recentTasks.filter((t) => t.day === today).sort((a, b) => a.order - b.order);
  return { settings, today, todaysTasks, recentTasks };
}
