// Study windows that follow the hours a student gives each weekday, so that the study-block reminders come when they
// really study: a 5-hour Saturday gets one 5-hour window, a 6-hour Monday a morning and an afternoon, a day off none.
// A day whose windows the student set by hand keeps them when the hours change.
import { defaultSettings, type StudyWindow } from '../settings';

/** One sitting at most this long before a lunch break splits the day. */
const MORNING_MINUTES = 4 * 60;
/** A day up to this long is one window (a 5-hour day is studied in one stretch with short breaks). */
const ONE_WINDOW_MINUTES = 5 * 60;
const LATEST_END = 23 * 60 + 30;

const clock = (minutes: number): string => {
  const m = Math.min(Math.max(0, Math.round(minutes)), LATEST_END);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const window = (start: number, length: number): StudyWindow => ({
  start: clock(start),
  end: clock(start + length),
});

/** The windows for a day of `minutes`: none, one from 09:00, or 08:00-12:00 then the rest from 13:30. */
export function windowsForMinutes(minutes: number): StudyWindow[] {
  if (!(minutes > 0)) return [];
  if (minutes <= ONE_WINDOW_MINUTES) return [window(9 * 60, minutes)];
  return [window(8 * 60, MORNING_MINUTES), window(13 * 60 + 30, minutes - MORNING_MINUTES)];
}

const same = (a: readonly StudyWindow[], b: readonly StudyWindow[]) =>
  a.length === b.length && a.every((w, i) => w.start === b[i]?.start && w.end === b[i]?.end);

/**
 * The windows to store after the hours change from `before` to `after` (Monday first). A day follows its new hours
 * when its windows are still the ones made from its old hours, or the defaults (never changed by hand), or when
 * `fresh` (onboarding: nothing was chosen yet).
 */
export function studyWindowsFromHours(
  windows: readonly (readonly StudyWindow[])[],
  before: readonly number[],
  after: readonly number[],
  fresh = false,
): StudyWindow[][] {
  return after.map((minutes, day) => {
    const current = windows[day] ?? [];
    const untouched =
      fresh ||
      same(current, windowsForMinutes(before[day] ?? 0)) ||
      same(current, defaultSettings.studyWindows[day] ?? []);
    return untouched ? windowsForMinutes(minutes) : current.map((w) => ({ ...w }));
  });
}
