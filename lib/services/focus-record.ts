// Shared steps of the focus services, all inside the caller's transaction: find the session that has not ended,
// and write an ended session together with the focus minutes it adds to its task.
import { activeSessionOf, withDefaults } from '../db/read-alarm-state';
import { SETTINGS_KEY } from '../db/schema';
import { addDays, planDayAt, type DayKey } from '../domain/day';
import { focusedMinutes } from '../domain/focus';
import type { Settings } from '../domain/settings';
import type { FocusSession } from '../domain/types';
import type { WriteTx } from './commit';

export type FocusTx = WriteTx<['focusSessions', 'tasks', 'settings']>;
export const FOCUS_STORES: ['focusSessions', 'tasks', 'settings'] = ['focusSessions', 'tasks', 'settings'];

export interface FocusContext {
  settings: Settings;
  today: DayKey;
  active?: FocusSession;
  /** Every session of today and yesterday (the plan day may have started before midnight). */
  recent: FocusSession[];
}

export async function readFocusContext(tx: FocusTx, now: number): Promise<FocusContext> {
  const settings = withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY));
  const today = planDayAt(now, settings.dayStartHour);
  const recent = await tx.objectStore('focusSessions').index('by-day').getAll(IDBKeyRange.lowerBound(addDays(today, -1)));
  return { settings, today, active: activeSessionOf(recent), recent };
}

/** Stores a session that just ended and credits its focus minutes to its task (if the task still exists). */
export async function saveEnded(tx: FocusTx, ended: FocusSession, now: number): Promise<void> {
  await tx.objectStore('focusSessions').put(ended);
  const minutes = focusedMinutes(ended, now);
  if (!ended.taskId || minutes <= 0) return;
  const task = await tx.objectStore('tasks').get(ended.taskId);
  if (task) await tx.objectStore('tasks').put({ ...task, focusMinutes: (task.focusMinutes ?? 0) + minutes });
}

/** Focus blocks completed on `day` (for the long break after every few). */
export function completedBlocksOn(sessions: FocusSession[], day: DayKey): number {
  return sessions.filter((s) => s.day === day && s.kind === 'focus' && s.endReason === 'completed').length;
}
