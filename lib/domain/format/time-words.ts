// A moment (an export, an import) as the student's local date and time, in the date's one form (day-words.ts):
// "Wed 25 Nov 2026, 18:00". The zone is an argument (the student's own when not given), so tests can pin it; Intl
// gives the wall-clock reading in that zone (it knows each zone's clock changes), and the words are day-words' own
// (Intl's en-GB would write "Sept").
import { dayLabelWithYear } from './day-words';

const NUMERIC: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** "Wed 25 Nov 2026, 18:00" for an ISO time or epoch milliseconds; '' for a time that cannot be read. */
export function timeLabel(when: string | number, timeZone?: string): string {
  const date = new Date(when);
  if (Number.isNaN(date.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-GB', { ...NUMERIC, timeZone }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${dayLabelWithYear(`${part('year')}-${part('month')}-${part('day')}`)}, ${part('hour')}:${part('minute')}`;
}
