// The reminder settings the section edits, and their check before saving (tested without a DOM).
import { parseClock } from '../../lib/domain/day';
import { WEEKDAY_NAMES } from '../../lib/domain/planner/plan-input-checks';
import type { Settings } from '../../lib/domain/settings';
import type { ReminderSettingsFields } from '../../lib/domain/settings-sections';

export const WEEKDAYS = WEEKDAY_NAMES;

export function reminderFieldsOf(settings: Settings): ReminderSettingsFields {
  const { morningTime, eveningTime, studyWindows, quietHours, notifications, focus, pauseFocusWhenIdle } = settings;
  return structuredClone({
    morningTime,
    eveningTime,
    studyWindows,
    quietHours,
    notifications,
    focus,
    pauseFocusWhenIdle,
  });
}

const inRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** The first problem, worded for the student, or null when the fields can be saved. */
export function reminderProblem(f: ReminderSettingsFields): string | null {
  if (parseClock(f.morningTime) === null) return 'Morning plan time needs a time such as 07:30.';
  if (parseClock(f.eveningTime) === null) return 'Evening review time needs a time such as 21:00.';
  if (f.quietHours.enabled && (parseClock(f.quietHours.start) === null || parseClock(f.quietHours.end) === null))
    return 'Quiet hours need a start and an end time.';
  for (const [i, windows] of f.studyWindows.entries()) {
    for (const [j, w] of windows.entries()) {
      const start = parseClock(w.start);
      const end = parseClock(w.end);
      if (start === null || end === null || start >= end)
        return `${WEEKDAYS[i]} window ${j + 1} must end after it starts.`;
    }
  }
  if (!inRange(f.focus.focusMinutes, 1, 180)) return 'Focus minutes must be a whole number from 1 to 180.';
  if (!inRange(f.focus.shortBreakMinutes, 1, 60)) return 'Short break minutes must be a whole number from 1 to 60.';
  if (!inRange(f.focus.longBreakMinutes, 1, 120)) return 'Long break minutes must be a whole number from 1 to 120.';
  if (!inRange(f.focus.blocksBeforeLongBreak, 1, 12)) return 'Blocks before a long break must be from 1 to 12.';
  return null;
}
