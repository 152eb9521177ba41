// The whole plan for the plan page: settings and every task, in one readonly transaction.
import { readableTasks } from '../domain/backup/readable-records';
import { isOnboarded, type Settings } from '../domain/settings';
import { withDefaults } from '../domain/with-defaults';
import type { Task } from '../domain/types';
import type { RetakeCoachDatabase } from './open';
import { SETTINGS_KEY } from './schema';

export interface StoredPlan {
  settings: Settings;
  onboarded: boolean;
  tasks: Task[];
}

export async function readPlan(db: RetakeCoachDatabase): Promise<StoredPlan> {
  const tx = db.transaction(['settings', 'tasks'], 'readonly');
  const [stored, tasks] = await Promise.all([tx.objectStore('settings').get(SETTINGS_KEY), tx.objectStore('tasks').index('by-day').getAll()]);
  await tx.done;
  // An odd task from an old version is left out rather than breaking the weeks (lib/domain/backup/readable-records.ts).
  return { settings: withDefaults(stored), onboarded: isOnboarded(stored), tasks: readableTasks(tasks).records };
}
