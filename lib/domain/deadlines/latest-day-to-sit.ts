// The latest day to sit: the school's deadline minus the weeks allowed for the result, moved earlier out of the
// first two weeks of January (no testing) and out of the early-May-to-mid-June window when its July release would
// come after the deadline (timing-facts.ts). Each step that sets the date says so, for the details the page shows.
import { addDays, type DayKey } from '../day';
import { inWindow, sameYear, yearOf } from './month-day';
import { NO_TESTING, SLOW_RESULTS } from './timing-facts';
import { dayLabelWithYear } from '../format/day-words';

export interface LatestDayInput {
  deadline: DayKey;
  resultWeeks: number;
  today: DayKey;
}

export interface LatestDay {
  /** null when no day from today on leaves the result before the deadline. */
  day: DayKey | null;
  /** Plain sentences, one per step that set or moved the date. */
  reasons: string[];
}

const weeks = (n: number) => `${n} ${n === 1 ? 'week' : 'weeks'}`;

export function latestDayToSit({ deadline, resultWeeks, today }: LatestDayInput): LatestDay {
  let day = addDays(deadline, -7 * resultWeeks);
  const reasons = [
    `Your school's deadline is ${dayLabelWithYear(deadline)}; allowing ${weeks(resultWeeks)} for the result means sitting by ${dayLabelWithYear(day)}.`,
  ];

  const july = sameYear(day, SLOW_RESULTS.resultsByMonthDay);
  if (inWindow(day, SLOW_RESULTS) && deadline < july) {
    day = sameYear(day, '04-30');
    reasons.push(
      `Results for tests taken from early May to mid-June have come in the second week of July (in 2012, 2019 and 2020; a pattern, not yet confirmed for this year), after your deadline: so by ${dayLabelWithYear(day)}, before that window.`,
    );
  }
  if (inWindow(day, NO_TESTING)) {
    day = `${yearOf(day) - 1}-12-31`;
    reasons.push(
      `No testing is offered in the first two weeks of January (not yet confirmed for Step 1): so by ${dayLabelWithYear(day)}.`,
    );
  }
  if (day < today) {
    reasons.push(
      `That day has passed: no date from today on leaves ${weeks(resultWeeks)} for the result before the deadline.`,
    );
    return { day: null, reasons };
  }
  return { day, reasons };
}
