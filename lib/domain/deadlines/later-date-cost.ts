// What "a later date" costs and means, for the replanning choice and the sit-or-reschedule checkpoint: the free
// change ends 46 days before the test (then Prometric's fee, whose amount the student enters), the new date must stay
// inside the eligibility period, and it must still leave the result before the school's deadline.
import { addDays, addMonths, type DayKey } from '../day';
import { ELIGIBILITY_EXTENSION, FREE_RESCHEDULE } from './timing-facts';
import { dayLabelWithYear } from '../format/day-words';

export interface LaterDateInput {
  examDate: DayKey;
  today: DayKey;
  /** The change fee the student entered (Retake budget, Rescheduling); null when not entered. */
  rescheduleFeeUSD: number | null;
  eligibilityEnd: DayKey | '';
  schoolDeadline: DayKey | '';
  /** From latestDayToSit; null when no deadline is set or no day fits. */
  latestDay: DayKey | null;
  /** A date the student is weighing, when there is one. */
  newDate?: DayKey;
}

export interface LaterDateCost {
  /** The last day a change is free. */
  freeUntil: DayKey;
  /** What a change made today costs: 0 while free, the entered fee after, null when after and not entered. */
  costTodayUSD: number | null;
  sentences: string[];
}

/** The last day a change of the test date is free: 46 days before it (timing-facts.ts, FREE_RESCHEDULE). */
export const freeRescheduleUntil = (examDate: DayKey): DayKey => addDays(examDate, -FREE_RESCHEDULE.daysBefore);

export function laterDateCost(input: LaterDateInput): LaterDateCost {
  const freeUntil = freeRescheduleUntil(input.examDate);
  const free = input.today <= freeUntil;
  const costTodayUSD = free ? 0 : input.rescheduleFeeUSD;
  const sentences = [
    free
      ? `Moving your test date is free until ${dayLabelWithYear(freeUntil)}, ${FREE_RESCHEDULE.daysBefore} days before it; after that Prometric charges a change fee.`
      : input.rescheduleFeeUSD === null
        ? `The free change ended on ${dayLabelWithYear(freeUntil)}: moving the date now costs Prometric's change fee. Its current amount is not confirmed here, so enter what Prometric quotes under Retake budget.`
        : `The free change ended on ${dayLabelWithYear(freeUntil)}: moving the date now costs Prometric's change fee, $${input.rescheduleFeeUSD} as you entered it.`,
  ];
  const end = input.eligibilityEnd;
  sentences.push(
    end === ''
      ? 'The new date must stay inside your eligibility period: enter when it ends in Settings to see it here.'
      : `The new date must stay inside your eligibility period, which ends ${dayLabelWithYear(end)}, or inside its one-time ${ELIGIBILITY_EXTENSION.months}-month extension (to ${dayLabelWithYear(addMonths(end, ELIGIBILITY_EXTENSION.months))}, $${ELIGIBILITY_EXTENSION.feeUSD}, not yet confirmed).`,
  );
  if (input.schoolDeadline !== '') {
    sentences.push(
      input.latestDay === null
        ? `No date from today leaves the result before your school's deadline, ${dayLabelWithYear(input.schoolDeadline)}: talk to your dean or advisor before you move it.`
        : input.newDate === undefined
          ? `To meet your school's deadline, ${dayLabelWithYear(input.schoolDeadline)}, the new date must be on or before ${dayLabelWithYear(input.latestDay)}.`
          : input.newDate <= input.latestDay
            ? `${dayLabelWithYear(input.newDate)} still meets your school's deadline, ${dayLabelWithYear(input.schoolDeadline)} (latest day to sit: ${dayLabelWithYear(input.latestDay)}).`
            : `${dayLabelWithYear(input.newDate)} is after your latest day to sit, ${dayLabelWithYear(input.latestDay)}: the result would come after your school's deadline, ${dayLabelWithYear(input.schoolDeadline)}.`,
    );
  }
  return { freeUntil, costTodayUSD, sentences };
}
