// Raises the notification of a reminder alarm (morning, study start, evening, practice eve), worded from the tasks
// as they are now. The notification id is the alarm's name, so a repeat replaces rather than duplicates.
import { readDayTasks, type CoachState } from '../db/read-alarm-state';
import type { RetakeCoachDatabase } from '../db/open';
import {
  ACTION_LABELS,
  eveningCopy,
  morningCopy,
  notificationActions,
  practiceEveCopy,
  studyStartCopy,
  type AlarmKind,
  type ReminderCopy,
} from '../domain/alarms';
import type { DayKey } from '../domain/day';
import type { Settings } from '../domain/settings';
import type { Task } from '../domain/types';
import { showNotification } from '../platform/notifications';

const TOGGLE: Partial<Record<AlarmKind, keyof Settings['notifications']>> = {
  morning: 'morning',
  study: 'studyBlocks',
  evening: 'evening',
  'practice-eve': 'practiceEve',
};

/** A day's tasks from the state already read; a day before today (a snoozed reminder) is read on its own. */
function tasksOf(db: RetakeCoachDatabase, state: CoachState, day: DayKey): Task[] | Promise<Task[]> {
  return day >= state.today ? state.upcoming.filter((t) => t.day === day) : readDayTasks(db, day);
}

async function copyFor(
  db: RetakeCoachDatabase,
  kind: AlarmKind,
  subject: string,
  state: CoachState,
): Promise<ReminderCopy | null> {
  switch (kind) {
    case 'morning':
      return morningCopy(await tasksOf(db, state, subject));
    case 'study':
      // A window after midnight but before the day-start hour belongs to the plan day before its calendar date.
      return studyStartCopy(await tasksOf(db, state, state.today));
    case 'evening':
      return eveningCopy(await tasksOf(db, state, subject));
    case 'practice-eve':
      return practiceEveCopy((await tasksOf(db, state, subject)).find((t) => t.kind === 'practice-exam'));
    default:
      return null;
  }
}

/** Returns whether a notification was shown (toggles off, or nothing left to remind of, show none). */
export async function raiseReminder(
  db: RetakeCoachDatabase,
  name: string,
  kind: AlarmKind,
  subject: string,
  state: CoachState,
): Promise<boolean> {
  const toggle = TOGGLE[kind];
  if (!toggle || !state.hasPlan || !state.settings.notifications.enabled || !state.settings.notifications[toggle])
    return false;
  // Someone already in a focus block needs no "your study block starts now".
  if (kind === 'study' && state.activeSession) return false;
  const copy = await copyFor(db, kind, subject, state);
  if (!copy) return false;
  await showNotification(name, { ...copy, buttons: notificationActions(name).map((a) => ACTION_LABELS[a]) });
  return true;
}
