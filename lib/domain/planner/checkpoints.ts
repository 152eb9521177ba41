// The sit-or-reschedule checkpoints (issue 11 rule 7, issue 18): where they fall and what they say. One comes after
// the last form other than the Free 120 (the late decision); where the runway allows, another comes on the last
// study day before the free-rescheduling cut-off, so the student can still move the date without a fee.
import { FREE_RESCHEDULE, freeRescheduleUntil, laterDateCost, latestDayToSit } from '../deadlines';
import type { DraftTask } from './draft-task';
import type { PlanInput, PlannedDay } from './plan-types';
import type { PracticeSchedule } from './practice-schedule';
import { dayLabelWithYear } from '../format/day-words';

/**
 * The go-ahead level a checkpoint compares with, when the student has not set one: an NBME estimated probability of
 * passing of 90% or more. Blueprint reads NBME's probability as the chance of passing "if you are going to take the
 * exam in the next week", with 50% roughly the passing standard
 * (https://blog.blueprintprep.com/medical/how-to-interpret-the-new-nbme-score-reports/), so a retaker should want
 * a wide margin above a coin flip. The 90 is our conservative default, not an NBME threshold (NBME publishes none).
 */
export const DEFAULT_GO_AHEAD_PASS_PROBABILITY = 90;

type Days = readonly PlannedDay[];

/** Study days that hold no practice form: a checkpoint needs a quiet twenty minutes. */
const isQuiet = (days: Days, schedule: PracticeSchedule, index: number) =>
  days[index]!.type === 'study' && !schedule.byDay.has(days[index]!.day);

/** The last quiet study day on or before `by`, after a form was sat: a decision needs a result to look at. */
function lastQuietBy(days: Days, schedule: PracticeSchedule, by: string): number | undefined {
  let last: number | undefined;
  days.forEach((day, index) => {
    if (day.day <= by && isQuiet(days, schedule, index)) last = index;
  });
  const formBefore = last !== undefined && [...schedule.byDay.keys()].some((day) => day < days[last!]!.day);
  return formBefore ? last : undefined;
}

/**
 * The late checkpoint: the second study day after the last form other than the Free 120 (the first is for its
 * review), or, when the reschedule deadline comes before that, the last study day by the deadline after a form.
 */
function lateCheckpoint(input: PlanInput, days: Days, schedule: PracticeSchedule): number | undefined {
  if (schedule.lastFormEnd === undefined) return undefined;
  const studyAfter = (from: number) => days.findIndex((_, index) => index > from && isQuiet(days, schedule, index));
  const first = studyAfter(schedule.lastFormEnd);
  const wanted = first < 0 ? -1 : studyAfter(first);
  // With no second quiet day after it, the first (after the review) will do; either way never after the deadline.
  const pick = wanted >= 0 ? wanted : first >= 0 ? first : undefined;
  if (pick === undefined) return undefined;
  const deadline = input.rescheduleDeadline;
  if (!deadline || days[pick]!.day <= deadline) return pick;
  return lastQuietBy(days, schedule, deadline);
}

/**
 * The days of the checkpoints, in order: the free one (on or before the free-rescheduling cut-off and the reschedule
 * deadline, when a form was sat by then) and the late one, once each.
 */
export function checkpointIndices(input: PlanInput, days: Days, schedule: PracticeSchedule): Set<number> {
  const late = lateCheckpoint(input, days, schedule);
  const cutoff = freeRescheduleUntil(input.examDate);
  const deadline = input.rescheduleDeadline;
  const free =
    schedule.lastFormEnd === undefined
      ? undefined
      : lastQuietBy(days, schedule, deadline && deadline < cutoff ? deadline : cutoff);
  return new Set(
    [free, late].filter((index): index is number => index !== undefined && (late === undefined || index <= late)),
  );
}

/** What moving the date would cost and mean on the checkpoint's day (lib/domain/deadlines/later-date-cost.ts). */
function costSentences(input: PlanInput, day: string): string[] {
  const later = input.laterDate;
  const schoolDeadline = later?.schoolDeadline ?? '';
  const latest =
    later && schoolDeadline !== ''
      ? latestDayToSit({ deadline: schoolDeadline, resultWeeks: later.resultWeeks, today: day }).day
      : null;
  const { sentences } = laterDateCost({
    examDate: input.examDate,
    today: day,
    rescheduleFeeUSD: later?.rescheduleFeeUSD ?? null,
    eligibilityEnd: later?.eligibilityEnd ?? '',
    schoolDeadline,
    latestDay: latest,
  });
  // The free-change rule is unverified (timing-facts.ts, FREE_RESCHEDULE: reschedule-fee-1, -2), and says so.
  return [
    ...sentences,
    `(Free changes up to ${FREE_RESCHEDULE.daysBefore} days before: ${FREE_RESCHEDULE.asOf}, not yet confirmed.)`,
  ];
}

/** "Decide: sit on <date> or reschedule", with the go-ahead level and what a later date would cost that day. */
export const sitOrReschedule = (input: PlanInput, day: string): DraftTask => ({
  kind: 'checkpoint',
  priority: 1,
  minutes: 20,
  title: `Decide: sit on ${dayLabelWithYear(input.examDate)} or reschedule`,
  detail: [
    `Compare like with like: your NBME results with each other, UWorld with UWorld. Go ahead if your latest NBME ` +
      `estimated a probability of passing of ${DEFAULT_GO_AHEAD_PASS_PROBABILITY}% or more (or your own go-ahead level in ` +
      `Settings) and the others agree; below it, talk it over with your advisor${input.rescheduleDeadline ? ` before ${dayLabelWithYear(input.rescheduleDeadline)}, your reschedule deadline` : ''}.`,
    ...costSentences(input, day),
  ].join(' '),
});
