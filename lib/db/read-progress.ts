// What the progress page and the "where I stand" panel read, in one readonly transaction.
import { readableLogs, readableTasks } from '../domain/backup/readable-records';
import { type Settings } from '../domain/settings';
import { withDefaults } from '../domain/with-defaults';
import type { Assessment, Attempt, JournalEntry, QuestionLog, Task } from '../domain/types';
import type { RetakeCoachDatabase } from './open';
import { PROGRESS_READ } from './read-scopes';
import { SETTINGS_KEY } from './schema';

export interface ProgressData {
  settings: Settings;
  tasks: Task[];
  logs: QuestionLog[];
  assessments: Assessment[];
  attempts: Attempt[];
  journal: JournalEntry[];
  /** Tasks and logs left out because they could not be read (lib/domain/backup/readable-records.ts). */
  unreadable: number;
}

export async function readProgress(db: RetakeCoachDatabase): Promise<ProgressData> {
  const tx = db.transaction([...PROGRESS_READ], 'readonly');
  const [settings, tasks, logs, assessments, attempts, journal] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('tasks').getAll(),
    tx.objectStore('questionLogs').getAll(),
    tx.objectStore('assessments').getAll(),
    tx.objectStore('attempts').getAll(),
    tx.objectStore('journal').getAll(),
  ]);
  await tx.done;
  const goodTasks = readableTasks(tasks);
  const goodLogs = readableLogs(logs);
  return {
    settings: withDefaults(settings),
    tasks: goodTasks.records,
    logs: goodLogs.records,
    assessments,
    attempts,
    journal,
    unreadable: goodTasks.unreadable + goodLogs.unreadable,
  };
}
