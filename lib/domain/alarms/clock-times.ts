// Wall-clock times turned into instants through the calendar (lib/domain/day.ts), so that on a daylight-saving day
// 07:30 is still 07:30 local time and no day is skipped or repeated.
import { addDays, localTimeOn, parseClock, planDayAt, type DayKey } from '../day';

/** The local calendar date of an instant (midnight boundary, not the plan day's start hour). */
export function calendarDayAt(instant: number): DayKey {
  return planDayAt(instant, 0);
}

export function clockOn(day: DayKey, clock: string): number | null {
  const minutes = parseClock(clock);
  return minutes === null ? null : localTimeOn(day, Math.floor(minutes / 60), minutes % 60);
}

/** The first instant strictly after `now` at which the local clock reads `clock`. */
export function nextClockAt(clock: string, now: number): number | null {
  const today = calendarDayAt(now);
  for (let offset = 0; offset <= 2; offset++) {
    const at = clockOn(addDays(today, offset), clock);
    if (at === null) return null;
    if (at > now) return at;
  }
  return null;
}

/** Minutes after local midnight of an instant. */
export function minuteOfDay(instant: number): number {
  const d = new Date(instant);
  return d.getHours() * 60 + d.getMinutes();
}
