// A plan day is a local calendar date 'YYYY-MM-DD'. Arithmetic works on the calendar (UTC date maths on the
// date alone), never on milliseconds of local time, so a daylight-saving change can neither lose nor repeat a day.

export type DayKey = string;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const m = DAY_KEY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toUtcMs(day: DayKey): number {
  const m = DAY_KEY.exec(day);
  if (!m) throw new RangeError(`Not a day key: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): DayKey {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const mo = String(d.getUTCMonth() + 1).padStart(2, '0');
  const da = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${mo}-${da}`;
}

export function addDays(day: DayKey, n: number): DayKey {
  return fromUtcMs(toUtcMs(day) + n * MS_PER_DAY);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/** 0 = Monday ... 6 = Sunday (the order of the onboarding's weekday fields). */
export function weekdayIndex(day: DayKey): number {
  return (new Date(toUtcMs(day)).getUTCDay() + 6) % 7;
}

/** The Monday of the week that holds `day`. */
export function weekStart(day: DayKey): DayKey {
  return addDays(day, -weekdayIndex(day));
}

/** No plan spans more days than this (lib/domain/limits.ts keeps a plan to 6 years); a longer range is bad data,
 * refused here rather than looped over for minutes. */
export const MAX_RANGE_DAYS = 10 * 366;

/** Every day from `from` to `to`, both included. */
export function dayRange(from: DayKey, to: DayKey): DayKey[] {
  if (daysBetween(from, to) > MAX_RANGE_DAYS) throw new RangeError(`${from} to ${to} is more days than any plan holds`);
  const out: DayKey[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Add calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: DayKey, months: number): DayKey {
  const ms = toUtcMs(day);
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtcMs(target.getTime());
}

/**
 * The plan day that `now` belongs to in the machine's local zone. A day starts at `dayStartHour` (default 04:00)
 * so that studying past midnight still counts for the evening before.
 */
export function planDayAt(now: number, dayStartHour = 4): DayKey {
  const local = new Date(now);
  const calendar = fromUtcMs(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
  return local.getHours() < dayStartHour ? addDays(calendar, -1) : calendar;
}

/** The instant the plan day after `now`'s begins (a page left open re-reads today then). */
export function nextPlanDayAt(now: number, dayStartHour = 4): number {
  return localTimeOn(addDays(planDayAt(now, dayStartHour), 1), dayStartHour);
}

/** The instant of a local wall-clock time on a calendar day (a time skipped by DST moves forward). */
export function localTimeOn(day: DayKey, hour: number, minute = 0): number {
  const ms = toUtcMs(day);
  const d = new Date(ms);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour, minute, 0, 0).getTime();
}

/** 'HH:MM' to minutes after midnight; null when malformed. */
export function parseClock(value: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}
