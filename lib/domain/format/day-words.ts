// The one way every page writes a date: "Wed 2 Dec", and "Wed 2 Dec 2026" where the year matters (a date to book,
// to decide by, or to keep: the exam, the attempt rules, blocked days, a backup). Shorter forms are the same words
// cut: "2 Dec" for a range or a chart's axis, "Wed 2" under a week's heading, "Wednesday" for a day named in a
// sentence ("moved from Monday"). A day key is read as text, never through a Date in the local zone, so no time zone
// or clock change can move it a day.
import { weekdayIndex, type DayKey } from '../day';

/** Monday first, as the plan's weeks and the hours fields run: the one list of the days' names. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Wednesday": a day named in a sentence. */
export const weekdayName = (day: DayKey): string => WEEKDAY_NAMES[weekdayIndex(day)] ?? day;

const weekdayShort = (day: DayKey): string => weekdayName(day).slice(0, 3);
const dayOfMonth = (day: DayKey): number => Number(day.slice(8, 10));

/** "2 Dec": a range's ends ("23 Nov – 29 Nov") and a chart's axis, where the weekday would crowd. */
export const dayMonth = (day: DayKey): string => `${dayOfMonth(day)} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''}`;

/** "Wed 2 Dec": the date as every page writes it. */
export const dayLabel = (day: DayKey): string => `${weekdayShort(day)} ${dayMonth(day)}`;

/**
 * "Sat 5 – Sun 6 Dec", "Sun 31 Jan – Mon 1 Feb": something spread over days (a practice form sat in two parts), the
 * month written once when both days share it; one day is its `dayLabel`.
 */
export const daySpanLabel = (first: DayKey, last: DayKey): string => {
  if (first === last) return dayLabel(first);
  const start = first.slice(5, 7) === last.slice(5, 7) ? weekdayAndDay(first) : dayLabel(first);
  return `${start} – ${dayLabel(last)}`;
};

/** "Wed 2 Dec 2026": a date the student books, decides by or keeps. */
export const dayLabelWithYear = (day: DayKey): string => `${dayLabel(day)} ${day.slice(0, 4)}`;

/** "Wed 2": a day under a heading that gives its month (the plan's week). */
export const weekdayAndDay = (day: DayKey): string => `${weekdayShort(day)} ${dayOfMonth(day)}`;
