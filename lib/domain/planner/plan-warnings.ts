// Plain sentences about what the plan could not do, shared by buildPlan's warnings and the onboarding checks.
import { formatHours } from './hours';
import type { ExamProfile } from '../profiles';
import type { PlanWarning } from './plan-types';
import { FREE_120_ID } from './practice-schedule';

/** "the Free 120" for Step 1; undefined for exams whose sample test we do not know. */
export function sampleExamName(profile: ExamProfile): string | undefined {
  return profile.selfAssessments.some((form) => form.id === FREE_120_ID) ? 'the Free 120' : undefined;
}

/**
 * Our floor for a retake plan: 10 hours a week leaves room for about 60 questions a day on 4 days, their review,
 * and a weekly practice sitting. Not a sourced number (none exists, ../shared/domain/README.md section 6).
 */
export const MIN_WEEKLY_MINUTES = 600;
export const MIN_RUNWAY_DAYS = 7;
/** Warn about the bank only when it covers less than this share of the questions the plan would ask for. */
export const BANK_WARNING_SHARE = 0.8;

export function tooFewHoursMessage(weeklyStudy: number, weeklyRaw: number, parallelMinutes: number): string {
  const after =
    parallelMinutes > 0
      ? ` (${formatHours(weeklyRaw)} before the ${formatHours(parallelMinutes)} of your parallel track)`
      : '';
  return (
    `A retake plan needs at least ${formatHours(MIN_WEEKLY_MINUTES)} of study a week; your week has ${formatHours(weeklyStudy)}${after}. ` +
    'Adding an hour or two on a few days, or a later exam date, gives the plan room to work.'
  );
}

/** `sampleExam`: the exam's own sample test (the Free 120 for Step 1), when the profile has one. */
export function examTooCloseMessage(daysLeft: number, sampleExam?: string): string {
  if (daysLeft <= 0) return 'The exam date needs to be after the plan starts. Please check the date.';
  const days = daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`;
  return (
    `Your exam is ${days}, which is too close for a retake plan. In the days left you can still take ` +
    `${sampleExam ?? 'one practice exam'} under exam conditions, review your own notes lightly, sort out the route, ID ` +
    'and timing, and rest the day before. ' +
    'If you can move the date, a later one gives you time to rebuild.'
  );
}

export function bankWarning(bankLeft: number, wantedQuestions: number): PlanWarning {
  return {
    code: 'bank-too-small',
    message:
      bankLeft <= 0
        ? 'Your question bank has no questions left, so the plan has no question blocks; a second bank or resetting ' +
          'your current one would let it add them.'
        : `Your question bank has ${bankLeft} questions left and the plan could use about ${wantedQuestions}. The plan ` +
          'spreads what you have across the weeks; a second bank would let it do more.',
  };
}
