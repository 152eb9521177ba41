// The few words the new tab's first frame writes about dates and durations ("Monday", "3 Nov", "1 h 20 min"), in a
// module of their own: the first-paint chunk holds every module it imports whole, so these sit apart from the
// replan sentences (lib/domain/replan/replan-summary.ts) that only the logging panel needs.
import { weekdayIndex, type DayKey } from './day';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const weekdayName = (day: DayKey): string => WEEKDAYS[weekdayIndex(day)] ?? day;

/** "3 Nov". */
export const shortDate = (day: DayKey): string =>
  `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''}`;

/** "Tue 1 Dec": the one way the plan, the progress page and the new tab write a day. */
export const dayLabel = (day: DayKey): string => `${weekdayName(day).slice(0, 3)} ${shortDate(day)}`;

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
