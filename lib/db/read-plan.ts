// The whole plan for the plan page: settings, every task and the past attempts (for the latest day to sit), in one
// readonly transaction.
import { readableTasks } from '../domain/backup/readable-records';
import { isOnboarded, type Settings } from '../domain/settings';
import { withDefaults } from '../domain/with-defaults';
import type { Attempt, Task } from '../domain/types';
import type { RetakeCoachDatabase } from './open';
import { PLAN_READ } from './read-scopes';
import { SETTINGS_KEY } from './schema';

export interface StoredPlan {
  settings: Settings;
  onboarded: boolean;
  tasks: Task[];
  attempts: Attempt[];
  /** Tasks left out because they could not be read (lib/domain/backup/readable-records.ts). */
  unreadable: number;
}

export async function readPlan(db: RetakeCoachDatabase): Promise<StoredPlan> {
  const tx = db.transaction([...PLAN_READ], 'readonly');
  const [stored, tasks, attempts] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('tasks').index('by-day').getAll(),
    tx.objectStore('attempts').getAll(),
  ]);
  await tx.done;
  // An odd task from an old version is left out rather than breaking the weeks (lib/domain/backup/readable-records.ts).
  const good = readableTasks(tasks);
  return {
    settings: withDefaults(stored),
    onboarded: isOnboarded(stored),
    tasks: good.records,
    attempts,
    unreadable: good.unreadable,
  };
}
