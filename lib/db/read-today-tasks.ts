// Settings and the tasks of the current plan day, for the logging forms' quick defaults.
import { planDayAt, type DayKey } from '../domain/day';
import type { Settings } from '../domain/settings';
import type { Task } from '../domain/types';
import type { RetakeCoachDatabase } from './open';
import { withDefaults } from './read-alarm-state';
import { SETTINGS_KEY } from './schema';

export async function readTodayTasks(db: RetakeCoachDatabase, now: number): Promise<{ settings: Settings; today: DayKey; todaysTasks: Task[] }> {
  const tx = db.transaction(['settings', 'tasks'], 'readonly');
  const settings = withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY));
  const today = planDayAt(now, settings.dayStartHour);
  const todaysTasks = (await tx.objectStore('tasks').index('by-day').getAll(today)).sort((a, b) => a.order - b.order);
  await tx.done;
  return { settings, today, todaysTasks };
}
