// The calendar heat map's grid: one column per week (Monday first), one cell per day, a level 0-4 by hours.
import { addDays, dayRange, weekStart, type DayKey } from '../day';

export interface HeatCell {
  day: DayKey;
  minutes: number;
  /** 0 none, 1 under 2 h, 2 under 4 h, 3 under 6 h, 4 six hours or more. */
  level: 0 | 1 | 2 | 3 | 4;
}

export function heatLevel(minutes: number): HeatCell['level'] {
  if (minutes <= 0) return 0;
  if (minutes < 120) return 1;
  if (minutes < 240) return 2;
  if (minutes < 360) return 3;
  return 4;
}

/** Weeks from the week of `from` to the week of `to`; days after `to` are left out of the last week. */
export function heatWeeks(minutesByDay: ReadonlyMap<DayKey, number>, from: DayKey, to: DayKey): HeatCell[][] {
  const weeks: HeatCell[][] = [];
  for (let monday = weekStart(from); monday <= to; monday = addDays(monday, 7)) {
    const last = addDays(monday, 6) < to ? addDays(monday, 6) : to;
    weeks.push(
      dayRange(monday, last).map((day) => {
        const minutes = minutesByDay.get(day) ?? 0;
        return { day, minutes, level: heatLevel(minutes) };
      }),
    );
  }
  return weeks;
}
