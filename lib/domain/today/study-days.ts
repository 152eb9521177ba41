// Streaks and gaps counted over study days only: a day off or a blocked date neither breaks a streak nor counts as
// missed. A day counts as studied when at least one of its tasks was checked.
import { addDays, weekdayIndex, type DayKey } from '../day';
import type { Settings } from '../settings';
import type { Task } from '../types';
import { isRestLike } from '../task-kinds';

/** How far back the page reads and counts (lib/db/read-today.ts reads this much history). */
export const LOOK_BACK_DAYS = 14;

type Calendar = Pick<Settings, 'weekdayMinutes' | 'blockedDates' | 'startDate'>;

export const isStudyDay = (settings: Calendar, day: DayKey): boolean =>
  (settings.weekdayMinutes[weekdayIndex(day)] ?? 0) > 0 && !settings.blockedDates.includes(day);

export function studiedDays(tasks: readonly Task[]): Set<DayKey> {
  return new Set(tasks.filter((t) => t.status === 'done' && !isRestLike(t.kind)).map((t) => t.day));
}

/** Study days in a row before today with something done (today adds one once something is done today). */
export function streakDays(settings: Calendar, studied: ReadonlySet<DayKey>, today: DayKey): number {
  let streak = studied.has(today) ? 1 : 0;
  for (let i = 1; i <= LOOK_BACK_DAYS; i++) {
    const day = addDays(today, -i);
    if (day < settings.startDate) break;
    if (!isStudyDay(settings, day)) continue;
    if (!studied.has(day)) break;
    streak++;
  }
  return streak;
}

/** Study days in a row right before today with nothing done, back to the last studied day or the plan's start. */
export function missedDays(settings: Calendar, studied: ReadonlySet<DayKey>, today: DayKey): number {
  let missed = 0;
  for (let i = 1; i <= LOOK_BACK_DAYS; i++) {
    const day = addDays(today, -i);
    if (day < settings.startDate || studied.has(day)) break;
    if (isStudyDay(settings, day)) missed++;
  }
  return missed;
}
