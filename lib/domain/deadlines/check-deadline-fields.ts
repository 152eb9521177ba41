// The deadline fields as typed, checked before anything is stored. A date already stored is not checked against
// today again: a deadline that has since passed must not block saving the rest of the settings.
import { isDayKey, type DayKey } from '../day';
import { RESULT_WEEKS_RANGE } from './timing-facts';
import { dayLabelWithYear } from '../format/day-words';

export type DeadlineField = 'school-deadline' | 'result-weeks' | 'eligibility-end';

export interface DeadlineDraft {
  schoolDeadline: string;
  resultWeeks: string;
  eligibilityEnd: string;
}

export interface DeadlineValues {
  schoolDeadline: DayKey | '';
  resultWeeks: number;
  eligibilityEnd: DayKey | '';
}

export interface DeadlineCheckContext {
  today: DayKey;
  /** The first day the attempt rules allow the next attempt; null when unknown. */
  earliestAttempt: DayKey | null;
  /** What is stored now. */
  stored: { schoolDeadline: DayKey | ''; eligibilityEnd: DayKey | '' };
}

export type DeadlineCheck = { problems: { field: DeadlineField; message: string }[]; values?: DeadlineValues };

function schoolDeadlineProblem(value: string, ctx: DeadlineCheckContext): string | null {
  if (value === '' || value === ctx.stored.schoolDeadline) return null;
  if (!isDayKey(value)) return "The school's deadline must be a real date, or leave it empty.";
  if (value < ctx.today)
    return `The school's deadline (${dayLabelWithYear(value)}) is in the past; enter the deadline still ahead of you, or leave it empty.`;
  if (ctx.earliestAttempt && value < ctx.earliestAttempt) {
    return `The school's deadline (${dayLabelWithYear(value)}) is before ${dayLabelWithYear(ctx.earliestAttempt)}, the earliest date the attempt rules allow your next attempt; please check it with your school.`;
  }
  return null;
}

function resultWeeksProblem(value: string): string | null {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isInteger(n) || n < RESULT_WEEKS_RANGE.min || n > RESULT_WEEKS_RANGE.max) {
    return `Enter the weeks to allow for results as a whole number from ${RESULT_WEEKS_RANGE.min} to ${RESULT_WEEKS_RANGE.max}.`;
  }
  return null;
}

function eligibilityEndProblem(value: string, ctx: DeadlineCheckContext): string | null {
  if (value === '' || value === ctx.stored.eligibilityEnd) return null;
  if (!isDayKey(value)) return 'The end of your eligibility period must be a real date, or leave it empty.';
  if (value < ctx.today)
    return `Your eligibility period cannot end before today (${dayLabelWithYear(value)} has passed); enter the end of your current period, or leave it empty.`;
  return null;
}

export function checkDeadlineFields(draft: DeadlineDraft, ctx: DeadlineCheckContext): DeadlineCheck {
  const found: [DeadlineField, string | null][] = [
    ['school-deadline', schoolDeadlineProblem(draft.schoolDeadline, ctx)],
    ['result-weeks', resultWeeksProblem(draft.resultWeeks)],
    ['eligibility-end', eligibilityEndProblem(draft.eligibilityEnd, ctx)],
  ];
  const problems = found.flatMap(([field, message]) => (message ? [{ field, message }] : []));
  if (problems.length > 0) return { problems };
  return {
    problems,
    values: {
      schoolDeadline: draft.schoolDeadline,
      resultWeeks: Number(draft.resultWeeks),
      eligibilityEnd: draft.eligibilityEnd,
    },
  };
}
