// Everything the alarm plan and the focus services read, in one readonly transaction.
import type { AlarmState } from '../domain/alarms';
import type { DayKey } from '../domain/day';
import { activeSessionOf } from '../domain/focus/focus-clock';
import { isOnboarded, planDayOf, type Settings } from '../domain/settings';
import { withDefaults } from '../domain/with-defaults';
import type { Task } from '../domain/types';
import type { RetakeCoachDatabase } from './open';
import { readTransaction } from './transaction';

export interface CoachState extends AlarmState {
  settings: Settings;
  /** The plan day `now` belongs to. */
  today: DayKey;
  /** Every task from today on, in plan order within a day: what a reminder is worded from. */
  upcoming: Task[];
}

export function readAlarmState(db: RetakeCoachDatabase, now: number): Promise<CoachState> {
  return readTransaction(db, ['settings', 'tasks', 'focus'], async ({ settings: settingsRepo, tasks, focus }) => {
    const stored = await settingsRepo.stored();
    const settings = withDefaults(stored);
    const today = planDayOf(now, settings);
    const [upcoming, sessions] = await Promise.all([tasks.from(today), focus.recent(today)]);
    return {
      settings,
      today,
      upcoming: upcoming.sort((a, b) => a.order - b.order),
      hasPlan: isOnboarded(stored),
      activeSession: activeSessionOf(sessions, now),
      practiceExamDays: upcoming
        .filter((t: Task) => t.kind === 'practice-exam' && t.status === 'todo')
        .map((t) => t.day),
    };
  });
}

/** A day's tasks in plan order. */
export function readDayTasks(db: RetakeCoachDatabase, day: DayKey): Promise<Task[]> {
  return readTransaction(db, ['tasks'], ({ tasks }) => tasks.onDay(day));
}
