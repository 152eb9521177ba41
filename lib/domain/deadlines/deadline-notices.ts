// What the student reads when the dates do not line up: each notice says what follows and what they can do.
// They are status messages, never errors: the plan is made all the same.
import { addDays, addMonths, daysBetween, type DayKey } from '../day';
import { inWindow } from './month-day';
import type { LatestDay } from './latest-day-to-sit';
import { resultDay } from './result-day';
import { ELIGIBILITY_EXTENSION, NO_TESTING } from './timing-facts';
import { dayLabelWithYear } from '../format/day-words';

export type DeadlineNoticeKind = 'after-latest-day' | 'no-testing' | 'outside-eligibility' | 'no-date-fits';

export interface DeadlineNotice {
  kind: DeadlineNoticeKind;
  sentences: string[];
}

export interface DeadlineNoticeInput {
  examDate: DayKey | '';
  /** '' when the student set none. */
  schoolDeadline: DayKey | '';
  resultWeeks: number;
  /** From latestDayToSit; null when no deadline is set. */
  latest: LatestDay | null;
  /** The first day the attempt rules allow (lib/domain/eligibility.ts); null when none is left or unknown. */
  earliestAttempt: DayKey | null;
  /** '' when the student did not enter it. */
  eligibilityEnd: DayKey | '';
  /** The exam fee the student budgets (theirs or the default), for what an expired period costs. */
  examFeeUSD: number;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const weeks = (n: number) => `${n} ${n === 1 ? 'week' : 'weeks'}`;
const TALK_TO_SCHOOL =
  'This is not about effort, and it is not yours alone to solve: take these dates to your dean or advisor. Schools set these deadlines and can say what is possible, such as an extension or another schedule.';

function noDateFits(input: DeadlineNoticeInput, latest: LatestDay, deadline: DayKey): DeadlineNotice | null {
  if (latest.day === null) {
    return {
      kind: 'no-date-fits',
      sentences: [
        `No day from today on leaves ${weeks(input.resultWeeks)} for the result before your school's deadline, ${dayLabelWithYear(deadline)}.`,
        TALK_TO_SCHOOL,
      ],
    };
  }
  if (input.earliestAttempt === null || input.earliestAttempt <= latest.day) return null;
  const result = resultDay(input.earliestAttempt, input.resultWeeks);
  return {
    kind: 'no-date-fits',
    sentences: [
      `The attempt rules allow your next attempt on ${dayLabelWithYear(input.earliestAttempt)} at the earliest. With ${weeks(input.resultWeeks)} for the result, it would come around ${dayLabelWithYear(result)}, after your school's deadline, ${dayLabelWithYear(deadline)}: no date fits both.`,
      TALK_TO_SCHOOL,
    ],
  };
}

function afterLatestDay(input: DeadlineNoticeInput, latest: LatestDay, deadline: DayKey): DeadlineNotice | null {
  const exam = input.examDate;
  if (exam === '' || latest.day === null || exam <= latest.day) return null;
  if (inWindow(exam, NO_TESTING)) {
    return {
      kind: 'no-testing',
      sentences: [
        `Your exam date, ${dayLabelWithYear(exam)}, falls in the first two weeks of January, when no testing is offered (not yet confirmed for Step 1). To meet your school's deadline, ${dayLabelWithYear(deadline)}, sit by ${dayLabelWithYear(latest.day)}.`,
      ],
    };
  }
  const result = resultDay(exam, input.resultWeeks);
  const late = daysBetween(deadline, result);
  return {
    kind: 'after-latest-day',
    sentences: [
      `Your exam date, ${dayLabelWithYear(exam)}, is after your latest day to sit, ${dayLabelWithYear(latest.day)}. With ${weeks(input.resultWeeks)} for the result, it would arrive around ${dayLabelWithYear(result)}: ${days(late)} after your school's deadline, ${dayLabelWithYear(deadline)}.`,
      `You can choose an earlier date, on or before ${dayLabelWithYear(latest.day)}, or ask your school whether the deadline can move. Your plan is made for ${dayLabelWithYear(exam)} all the same.`,
    ],
  };
}

function outsideEligibility(input: DeadlineNoticeInput): DeadlineNotice | null {
  const { examDate: exam, eligibilityEnd: end } = input;
  if (exam === '' || end === '' || exam <= end) return null;
  const extendedTo = addMonths(end, ELIGIBILITY_EXTENSION.months);
  const requestBy = addDays(end, ELIGIBILITY_EXTENSION.requestWithinDaysAfterEnd);
  const sentences = [
    `Your exam date, ${dayLabelWithYear(exam)}, is after your eligibility period ends, ${dayLabelWithYear(end)}.`,
    `A one-time ${ELIGIBILITY_EXTENSION.months}-month extension exists (to ${dayLabelWithYear(extendedTo)}): it costs $${ELIGIBILITY_EXTENSION.feeUSD} (FSMB's fee, not yet confirmed for your registration), can be asked for once the period has begun, and must be received by ${dayLabelWithYear(requestBy)}, ${ELIGIBILITY_EXTENSION.requestWithinDaysAfterEnd} days after the period ends.`,
  ];
  if (exam > extendedTo) sentences.push(`Even the extension ends before your exam date.`);
  sentences.push(
    `If the period runs out before you test, the fee is lost: you apply again and pay the full exam fee ($${input.examFeeUSD}) again.`,
  );
  return { kind: 'outside-eligibility', sentences };
}

/** Every notice that applies, most pressing first; none when the dates line up. */
export function deadlineNotices(input: DeadlineNoticeInput): DeadlineNotice[] {
  const { latest, schoolDeadline } = input;
  const school =
    latest && schoolDeadline !== ''
      ? (noDateFits(input, latest, schoolDeadline) ?? afterLatestDay(input, latest, schoolDeadline))
      : null;
  return [school, outsideEligibility(input)].filter((n): n is DeadlineNotice => n !== null);
}
