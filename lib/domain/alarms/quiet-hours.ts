// Quiet hours: a span of local clock time (possibly over midnight) in which no reminder may sound.
import { parseClock } from '../day';
import type { Settings } from '../settings';
import { minuteOfDay, nextClockAt } from './clock-times';

export type QuietHours = Settings['quietHours'];

export function isQuietAt(instant: number, quiet: QuietHours): boolean {
  if (!quiet.enabled) return false;
  const start = parseClock(quiet.start);
  const end = parseClock(quiet.end);
  if (start === null || end === null || start === end) return false;
  const m = minuteOfDay(instant);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** The instant quiet hours that hold `instant` end (or `instant` itself when they do not hold it). */
export function afterQuietHours(instant: number, quiet: QuietHours): number {
  if (!isQuietAt(instant, quiet)) return instant;
  return nextClockAt(quiet.end, instant) ?? instant;
}
