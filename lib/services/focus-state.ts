// What the popup and the new tab show about focus: the running or paused session, its task's title, and the
// lengths the student can choose. One readonly transaction.
import { activeSessionOf, withDefaults } from '../db/read-alarm-state';
import type { RetakeCoachDatabase } from '../db/open';
import { SETTINGS_KEY } from '../db/schema';
import { addDays, planDayAt } from '../domain/day';
import { examBlockMinutes } from '../domain/focus';
import { examProfile } from '../domain/profiles';
import type { Settings } from '../domain/settings';
import type { FocusSession } from '../domain/types';

export interface FocusState {
  session?: FocusSession;
  taskTitle?: string;
  /** The plan day's first task still to do: what a new block is for unless the page picks another. */
  nextTask?: { id: string; title: string };
  focus: Settings['focus'];
  /** Minutes of one block of the student's exam, for the "like an exam block" choice. */
  examBlockMinutes: number;
}

export async function readFocusState(db: RetakeCoachDatabase, now: number): Promise<FocusState> {
  const tx = db.transaction(['settings', 'focusSessions', 'tasks'], 'readonly');
  const settings = withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY));
  const today = planDayAt(now, settings.dayStartHour);
  const session = activeSessionOf(await tx.objectStore('focusSessions').index('by-day').getAll(IDBKeyRange.lowerBound(addDays(today, -1))));
  const task = session?.taskId ? await tx.objectStore('tasks').get(session.taskId) : undefined;
  const todays = await tx.objectStore('tasks').index('by-day').getAll(today);
  await tx.done;
  const next = todays.sort((a, b) => a.order - b.order).find((t) => t.status === 'todo' && t.kind !== 'rest');
  return { session, taskTitle: task?.title, nextTask: next && { id: next.id, title: next.title }, focus: settings.focus, examBlockMinutes: examBlockMinutes(examProfile(settings.examId).format) };
}
