// Attempts used and left, and the earliest date the rules allow for the next attempt.
// Rules (../shared/domain/step1-profile.json, attemptPolicy):
// - "Examinees who have attempted any USMLE Step ... four or more times and have not passed are ineligible"
//   (usmle.org/common-questions/attempt-limit, applications on or after 2021-07-01);
// - at most 3 attempts at the same exam within any 12 months; the 4th and later attempts at least 12 months after
//   the first attempt and at least 6 months after the most recent one; complete and incomplete attempts both count
//   (ECFMG, applications on or after 2012-01-01).
// The old 60-day waiting rule is obsolete and deliberately not encoded. Schools may be stricter: they are shown
// beside this, never mixed into it.
import { addDays, addMonths, type DayKey } from './day';
import type { AttemptPolicy } from './profiles';
import type { Attempt } from './types';

export type EligibilityStatus = 'eligible' | 'waiting' | 'ineligible' | 'passed' | 'unknown-rules';

export interface Eligibility {
  status: EligibilityStatus;
  attemptsUsed: number;
  /** null when the exam's rules are not recorded. */
  attemptsLeft: number | null;
  /** The earliest day a next attempt is allowed; null when no attempt is left (or the exam is passed). */
  earliestNextDate: DayKey | null;
  /** Plain sentences saying which rule sets the date. */
  explanation: string[];
}

const maxDay = (a: DayKey, b: DayKey): DayKey => (a > b ? a : b);

export function attemptEligibility(policy: AttemptPolicy | null, attempts: Attempt[], today: DayKey): Eligibility {
  const counted = attempts
    .filter((a) => a.outcome === 'fail' || (a.outcome === 'incomplete' && (policy?.incompleteAttemptsCount ?? true)))
    .map((a) => a.date)
    .sort();
  const attemptsUsed = counted.length;
  const last = counted[counted.length - 1];
  // The next attempt cannot be on or before a recorded one.
  const afterLast = last ? maxDay(today, addDays(last, 1)) : today;

  if (attempts.some((a) => a.outcome === 'pass')) {
    return {
      status: 'passed',
      attemptsUsed,
      attemptsLeft: 0,
      earliestNextDate: null,
      explanation: ['A passed exam cannot be taken again.'],
    };
  }
  if (!policy) {
    return {
      status: 'unknown-rules',
      attemptsUsed,
      attemptsLeft: null,
      earliestNextDate: afterLast,
      explanation: [
        'Retake Coach has no attempt rules recorded for this exam: check with the exam sponsor and your school.',
      ],
    };
  }

  const attemptsLeft = Math.max(0, policy.maxAttempts - attemptsUsed);
  if (attemptsLeft === 0) {
    return {
      status: 'ineligible',
      attemptsUsed,
      attemptsLeft,
      earliestNextDate: null,
      explanation: [
        `The limit is ${policy.maxAttempts} attempts; all ${attemptsUsed} are used. Talk to your dean's office about what comes next.`,
      ],
    };
  }

  const explanation = [`${attemptsUsed} of ${policy.maxAttempts} attempts used; ${attemptsLeft} left.`];
  let earliest = afterLast;
  const nextNumber = attemptsUsed + 1;

  // At most N attempts within any 12 months: the attempt N places back must fall outside the window.
  const windowStart = counted[counted.length - policy.maxAttemptsWithin12Months];
  if (windowStart) {
    const bound = addMonths(windowStart, 12);
    if (bound > earliest) {
      earliest = bound;
      explanation.push(`At most ${policy.maxAttemptsWithin12Months} attempts in any 12 months: not before ${bound}.`);
    }
  }

  const later = policy.laterAttempt;
  const first = counted[0];
  if (nextNumber >= later.fromAttempt && first && last) {
    const afterFirst = addMonths(first, later.minMonthsAfterFirst);
    const afterRecent = addMonths(last, later.minMonthsAfterMostRecent);
    const bound = maxDay(afterFirst, afterRecent);
    if (bound > earliest) earliest = bound;
    explanation.push(
      `Attempt ${nextNumber} must be at least ${later.minMonthsAfterFirst} months after the first (${afterFirst}) and ${later.minMonthsAfterMostRecent} months after the most recent (${afterRecent}).`,
    );
  }

  return {
    status: earliest > today ? 'waiting' : 'eligible',
    attemptsUsed,
    attemptsLeft,
    earliestNextDate: earliest,
    explanation,
  };
}
