// The reminders of the day: morning plan, study-window starts, evening review, the eve of a practice exam.
//
// Quiet hours: a reminder that is still useful later is moved to the end of them (the morning plan: "today: 5
// tasks" at 07:00 instead of 06:30 is still worth reading); a reminder tied to its moment is skipped (a "your 06:00
// study block starts now" at 07:00, or an evening review after midnight, is only noise).
import { addDays, weekdayIndex, type DayKey } from '../day';
import { planDayOf } from '../settings';
import { alarmName } from './alarm-names';
import type { AlarmSettings, PlannedAlarm } from './alarm-state';
import { calendarDayAt, clockOn, nextClockAt } from './clock-times';
import { afterQuietHours, isQuietAt } from './quiet-hours';

/** How long before the evening review the practice-exam reminder comes, so there is time to prepare. */
const PRACTICE_EVE_LEAD_MINUTES = 60;
/** Study windows are looked for this many days ahead (a weekend or a blocked week has none). */
const STUDY_LOOKAHEAD_DAYS = 8;

export function morningAlarm(s: AlarmSettings, now: number): PlannedAlarm | null {
  if (!s.notifications.morning) return null;
  const at = nextClockAt(s.morningTime, now);
  if (at === null) return null;
  const when = afterQuietHours(at, s.quietHours);
  return { name: alarmName.morning(planDayOf(when, s)), kind: 'morning', when };
}

export function eveningAlarm(s: AlarmSettings, now: number): PlannedAlarm | null {
  if (!s.notifications.evening) return null;
  const when = nextClockAt(s.eveningTime, now);
  if (when === null || isQuietAt(when, s.quietHours)) return null;
  return { name: alarmName.evening(planDayOf(when, s)), kind: 'evening', when };
}

function isStudyDay(s: AlarmSettings, day: DayKey): boolean {
  return (s.weekdayMinutes[weekdayIndex(day)] ?? 0) > 0 && !s.blockedDates.includes(day);
}

export function studyStartAlarm(s: AlarmSettings, now: number): PlannedAlarm | null {
  if (!s.notifications.studyBlocks) return null;
  const today = calendarDayAt(now);
  for (let offset = 0; offset < STUDY_LOOKAHEAD_DAYS; offset++) {
    const day = addDays(today, offset);
    if (!isStudyDay(s, day)) continue;
    const starts = (s.studyWindows[weekdayIndex(day)] ?? []).map((w) => ({
      start: w.start,
      at: clockOn(day, w.start),
    }));
    const next = starts
      .filter((w): w is { start: string; at: number } => w.at !== null && w.at > now && !isQuietAt(w.at, s.quietHours))
      .sort((a, b) => a.at - b.at)[0];
    if (next) return { name: alarmName.study(day, next.start), kind: 'study', when: next.at };
  }
  return null;
}

/** One reminder per upcoming practice exam, the evening before it. */
export function practiceEveAlarms(s: AlarmSettings, examDays: DayKey[], now: number): PlannedAlarm[] {
  if (!s.notifications.practiceEve) return [];
  const out: PlannedAlarm[] = [];
  for (const examDay of new Set(examDays)) {
    const evening = clockOn(addDays(examDay, -1), s.eveningTime);
    if (evening === null) continue;
    const when = evening - PRACTICE_EVE_LEAD_MINUTES * 60_000;
    if (when > now && !isQuietAt(when, s.quietHours))
      out.push({ name: alarmName.practiceEve(examDay), kind: 'practice-eve', when });
  }
  return out;
}

/** The moment the next plan day begins, so pages and the badge move on to it. */
export function dayRolloverAlarm(s: AlarmSettings, now: number): PlannedAlarm | null {
  const hour = String(s.dayStartHour).padStart(2, '0');
  const when = nextClockAt(`${hour}:00`, now);
  return when === null ? null : { name: alarmName.dayRollover(calendarDayAt(when)), kind: 'day-rollover', when };
}
