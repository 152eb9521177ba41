// The checks on a plan's input that three places make, with one set of messages: the onboarding and plan-settings
// form (components/onboarding/check-plan-draft.ts, on what the student typed), the planner's own assessment
// (assess-plan-input.ts, on the input it is handed) and the save service (lib/services/save-plan-settings.ts, which
// refuses whatever reaches it unchecked). Each returns the sentence a student reads next to the field, or null. The
// form checks more (it reads text, and holds a day to what anyone can study well); the planner and the service hold
// only what a plan cannot be made without, so a stored record that the form would now word differently still plans.
import { isDayKey, type DayKey } from '../day';
import { dayLabelWithYear, WEEKDAY_NAMES } from '../format/day-words';

// The days' names are Monday first, as `weekdayMinutes` is.
export { WEEKDAY_NAMES };

/** More than this in one day is not a study plan anyone keeps up for weeks (the form's limit). */
export const MAX_DAY_HOURS = 16;
/** No bank has more; a bigger number is a typo. UWorld Step 1 has about 3,600 questions (../shared/domain/README.md). */
export const MAX_BANK_QUESTIONS = 20000;
/** A day has no more hours than this: the planner's limit on a stored or imported record. */
export const HOURS_IN_A_DAY = 24;

const dateWord = (notBooked: boolean) => (notBooked ? 'target date' : 'exam date');

/**
 * The exam date is there, a real date, and after `today` (the plan's first day). `notBooked`: the date is a target,
 * not a booking. How far ahead it may be is lib/domain/limits.ts examDateLimitProblem, shared already.
 */
export function examDateProblem(examDate: string, today: DayKey, notBooked = false): string | null {
  const what = dateWord(notBooked);
  if (examDate === '') return `Choose your ${what}${notBooked ? ' (the day you are aiming for)' : ''}.`;
  if (!isDayKey(examDate)) return `The ${what} must be a real date.`;
  if (examDate <= today)
    return `The ${what} (${dayLabelWithYear(examDate)}) is not in the future; choose a day after today.`;
  return null;
}

/** One day's study hours; `hours` null when what was entered is not a number. */
export function dayHoursProblem(dayIndex: number, hours: number | null, maxHours = MAX_DAY_HOURS): string | null {
  const day = WEEKDAY_NAMES[dayIndex] ?? 'This day';
  if (hours === null || !Number.isFinite(hours)) return `${day}: enter the hours as a number, 0 for a day off.`;
  if (hours < 0) return `${day}: hours cannot be negative; 0 makes it a day off.`;
  if (hours > maxHours) return `${day}: ${hours} hours is more than anyone can study well; enter ${maxHours} or fewer.`;
  return null;
}

/** The questions left in the bank; `n` null when what was entered is not a number. `max` is the form's only. */
export function bankLeftProblem(n: number | null, max = Infinity): string | null {
  if (n === null) return 'Enter how many questions are left in your question bank as a number (0 if none).';
  if (!Number.isInteger(n) || n < 0) return 'Questions left must be a whole number, 0 or more.';
  if (n > max) return `${n} is more than any question bank holds; please check the number (at most ${max}).`;
  return null;
}

/** Every past attempt has a real date, today or earlier. */
export function attemptDatesProblem(attempts: readonly { date: string }[], today: DayKey): string | null {
  const bad = attempts.find((a) => !isDayKey(a.date) || a.date > today);
  if (!bad) return null;
  return bad.date === ''
    ? 'Give each past attempt its date, or remove it.'
    : 'A past attempt must be dated today or earlier.';
}
