// Raises a notification worded from the plan: a reminder alarm (morning, study start, evening, practice eve), or a
// snoozed notification coming back, worded from the tasks as they are now. The kind's row in
// lib/domain/alarms/alarm-kinds.ts says whether it may show and how it is worded. The notification id is the alarm's
// name, so a repeat replaces rather than duplicates.
import { readDayTasks, type CoachState } from '../db/read-alarm-state';
import type { RetakeCoachDatabase } from '../db/open';
import { ACTION_LABELS, alarmKindFacts, notificationActions, notificationOn, type AlarmKind } from '../domain/alarms';
import type { DayKey } from '../domain/day';
import type { Task } from '../domain/types';
import { showNotification } from '../platform/notifications';

/** A day's tasks from the state already read; a day before today (a snoozed reminder) is read on its own. */
function tasksOf(db: RetakeCoachDatabase, state: CoachState, day: DayKey): Task[] | Promise<Task[]> {
  return day >= state.today ? state.upcoming.filter((t) => t.day === day) : readDayTasks(db, day);
}

/** Returns whether a notification was shown (toggles off, or nothing left to remind of, show none). */
export async function raiseReminder(
  db: RetakeCoachDatabase,
  name: string,
  kind: AlarmKind,
  subject: string,
  state: CoachState,
): Promise<boolean> {
  const { words, notDuringFocus } = alarmKindFacts(kind);
  if (!words || !notificationOn(state.settings, kind)) return false;
  // Words from the plan's tasks need a plan; someone already in a focus block needs no "your study block starts now".
  if ((words.day !== 'none' && !state.hasPlan) || (notDuringFocus && state.activeSession)) return false;
  const tasks = words.day === 'none' ? [] : await tasksOf(db, state, words.day === 'named' ? subject : state.today);
  const copy = words.copy(tasks);
  if (!copy) return false;
  await showNotification(name, { ...copy, buttons: notificationActions(name).map((a) => ACTION_LABELS[a]) });
  return true;
}
