// Month-day windows that come back every year ('MM-DD' bounds, both included), for the no-testing and slow-result
// windows of timing-facts.ts.
import type { DayKey } from '../day';

export const monthDay = (day: DayKey): string => day.slice(5);
export const yearOf = (day: DayKey): number => Number(day.slice(0, 4));

export function inWindow(day: DayKey, window: { fromMonthDay: string; toMonthDay: string }): boolean {
  const md = monthDay(day);
  return md >= window.fromMonthDay && md <= window.toMonthDay;
}

/** The window's day `md` ('MM-DD') in `day`'s year. */
export const sameYear = (day: DayKey, md: string): DayKey => `${day.slice(0, 4)}-${md}`;
