// Everything the alarm plan and the focus services read, in one readonly transaction.
import type { AlarmState } from '../domain/alarms';
import { addDays, planDayAt, type DayKey } from '../domain/day';
import { defaultSettings, isOnboarded, type Settings } from '../domain/settings';
import type { FocusSession, Task } from '../domain/types';
import type { RetakeCoachDatabase } from './open';
import { SETTINGS_KEY } from './schema';

export interface CoachState extends AlarmState {
  settings: Settings;
  /** The plan day `now` belongs to. */
  today: DayKey;
}

/** The stored settings over the defaults, so a record saved before a field existed still has every field. */
export function withDefaults(stored: Settings | undefined): Settings {
  return { ...structuredClone(defaultSettings), ...stored };
}

/** The latest session that has not ended; sessions older than yesterday are left for the day's history. */
export function activeSessionOf(sessions: FocusSession[]): FocusSession | undefined {
  return sessions.filter((s) => s.endedAt === undefined).sort((a, b) => b.startedAt - a.startedAt)[0];
}

export async function readAlarmState(db: RetakeCoachDatabase, now: number): Promise<CoachState> {
  const tx = db.transaction(['settings', 'tasks', 'focusSessions'], 'readonly');
  const stored = await tx.objectStore('settings').get(SETTINGS_KEY);
  const settings = withDefaults(stored);
  const today = planDayAt(now, settings.dayStartHour);
  const [upcoming, sessions] = await Promise.all([
    tx.objectStore('tasks').index('by-day').getAll(IDBKeyRange.lowerBound(today)),
    tx.objectStore('focusSessions').index('by-day').getAll(IDBKeyRange.lowerBound(addDays(today, -1))),
  ]);
  await tx.done;
  return {
    settings,
    today,
    hasPlan: isOnboarded(stored),
    activeSession: activeSessionOf(sessions),
    practiceExamDays: upcoming.filter((t: Task) => t.kind === 'practice-exam' && t.status === 'todo').map((t) => t.day),
  };
}

/** A day's tasks in plan order. */
export async function readDayTasks(db: RetakeCoachDatabase, day: DayKey): Promise<Task[]> {
  const tasks = await db.getAllFromIndex('tasks', 'by-day', day);
  return tasks.sort((a, b) => a.order - b.order);
}
