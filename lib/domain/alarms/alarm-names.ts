// Alarm names carry what the alarm is about, so a notification id can be the alarm's name: the same alarm can only
// ever raise (or replace) the same notification, whether the worker was stopped in between or not.
import type { DayKey } from '../day';
import { ALARM_KINDS, type AlarmKind } from './alarm-kinds';

/** The badge refresh while a block or break runs; one name, periodic. */
export const FOCUS_TICK = 'focus-tick';
/** Snoozes are created from a notification's button, not derived from the state; syncAlarms leaves them alone. */
export const SNOOZE_PREFIX = 'snooze:';

export const alarmName = {
  morning: (day: DayKey) => `morning:${day}`,
  study: (day: DayKey, start: string) => `study:${day}T${start}`,
  evening: (day: DayKey) => `evening:${day}`,
  practiceEve: (examDay: DayKey) => `practice-eve:${examDay}`,
  dayRollover: (day: DayKey) => `day-rollover:${day}`,
  focusEnd: (sessionId: string) => `focus-end:${sessionId}`,
  breakEnd: (sessionId: string) => `break-end:${sessionId}`,
  snooze: (name: string) => `${SNOOZE_PREFIX}${name}`,
};

export interface ParsedAlarmName {
  kind: AlarmKind;
  /** The part after the first colon: a day, a day and time, or a session id. */
  subject: string;
}

export function parseAlarmName(name: string): ParsedAlarmName | null {
  if (name === FOCUS_TICK) return { kind: 'focus-tick', subject: '' };
  const colon = name.indexOf(':');
  if (colon < 0) return null;
  const kind = name.slice(0, colon);
  const subject = name.slice(colon + 1);
  return (ALARM_KINDS as readonly string[]).includes(kind) && subject !== ''
    ? { kind: kind as AlarmKind, subject }
    : null;
}

/** The alarms syncAlarms owns: everything but snoozes. */
export function isDerivedAlarm(name: string): boolean {
  const parsed = parseAlarmName(name);
  return parsed !== null && parsed.kind !== 'snooze';
}
