// What the popup and the new tab show about focus: the running or paused session, its task's title, and the
// lengths the student can choose. One readonly transaction.
import { activeSessionOf, withDefaults } from '../db/read-alarm-state';
import type { RetakeCoachDatabase } from '../db/open';
import { SETTINGS_KEY } from '../db/schema';
import { addDays, planDayAt } from '../domain/day';
import type { Settings } from '../domain/settings';
import type { FocusSession } from '../domain/types';

export interface FocusState {
  session?: FocusSession;
  taskTitle?: string;
  focus: Settings['focus'];
}

export async function readFocusState(db: RetakeCoachDatabase, now: number): Promise<FocusState> {
  const tx = db.transaction(['settings', 'focusSessions', 'tasks'], 'readonly');
  const settings = withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY));
  const since = addDays(planDayAt(now, settings.dayStartHour), -1);
  const session = activeSessionOf(await tx.objectStore('focusSessions').index('by-day').getAll(IDBKeyRange.lowerBound(since)));
  const task = session?.taskId ? await tx.objectStore('tasks').get(session.taskId) : undefined;
  await tx.done;
  return { session, taskTitle: task?.title, focus: settings.focus };
}
