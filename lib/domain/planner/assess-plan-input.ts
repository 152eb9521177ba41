// Feasibility checks for the onboarding page, one sentence per problem, placed next to the field that can fix it.
// The onboarding creates a plan only when this returns nothing, so the student never gets a partial plan. The checks
// the form makes too come from plan-input-checks.ts, with the same words.
import { daysBetween, isDayKey } from '../day';
import { examDateLimitProblem } from '../limits';
import { parallelTrackMinutes, weeklyMinutes } from './capacity';
import {
  examTooCloseMessage,
  sampleExamName,
  MIN_RUNWAY_DAYS,
  MIN_WEEKLY_MINUTES,
  tooFewHoursMessage,
} from './plan-warnings';
import { bankLeftProblem, dayHoursProblem, examDateProblem, HOURS_IN_A_DAY } from './plan-input-checks';
import type { PlanInput } from './plan-types';

export type PlanInputField = 'examDate' | 'weekdayMinutes' | 'questionBankLeft' | 'practiceFormIds';

export interface PlanInputProblem {
  field: PlanInputField;
  message: string;
}

function examDateProblems(input: PlanInput): PlanInputProblem[] {
  const missing = isDayKey(input.examDate) ? null : examDateProblem(input.examDate, input.startDate);
  if (missing) return [{ field: 'examDate', message: missing }];
  if (!isDayKey(input.startDate))
    return [{ field: 'examDate', message: 'The plan needs a start date before it can count the days to your exam.' }];
  const past = examDateProblem(input.examDate, input.startDate);
  if (past) return [{ field: 'examDate', message: past }];
  // The planner's start is today (a remade plan's first day is its phase start): the one exam-date limit.
  const tooFar = examDateLimitProblem(input.examDate, input.startDate, input.phaseStartDate ?? input.startDate);
  if (tooFar) return [{ field: 'examDate', message: tooFar }];
  const daysLeft = daysBetween(input.startDate, input.examDate);
  return daysLeft < MIN_RUNWAY_DAYS
    ? [{ field: 'examDate', message: examTooCloseMessage(daysLeft, sampleExamName(input.profile)) }]
    : [];
}

function weekdayProblems(input: PlanInput): PlanInputProblem[] {
  // Seven days, Monday first; a day's minutes are whole (the form rounds what it reads) and at most a whole day.
  const week = Array.from({ length: 7 }, (_, i) => input.weekdayMinutes[i]);
  const dayProblem = week
    .map((m, i) => dayHoursProblem(i, Number.isInteger(m) ? m! / 60 : null, HOURS_IN_A_DAY))
    .find((p) => p !== null);
  if (dayProblem || input.weekdayMinutes.length !== 7)
    return [{ field: 'weekdayMinutes', message: dayProblem ?? dayHoursProblem(7, null)! }];
  const raw = weeklyMinutes(input.weekdayMinutes);
  if (raw === 0)
    return [
      {
        field: 'weekdayMinutes',
        message: 'Every day is a day off right now; give at least a few days some study time.',
      },
    ];
  const parallel = parallelTrackMinutes(input);
  return raw - parallel < MIN_WEEKLY_MINUTES
    ? [{ field: 'weekdayMinutes', message: tooFewHoursMessage(Math.max(0, raw - parallel), raw, parallel) }]
    : [];
}

// A form longer than every day is split over successive days by the planner (form-sitting.ts), so a form is never
// refused for its length; only a form this exam does not know is.
function formProblems(input: PlanInput): PlanInputProblem[] {
  return input.practiceFormIds.flatMap((id): PlanInputProblem[] =>
    input.profile.selfAssessments.some((f) => f.id === id)
      ? []
      : [
          {
            field: 'practiceFormIds',
            message: `"${id}" is not a practice exam we know for ${input.profile.name}; please choose from the list.`,
          },
        ],
  );
}

export function assessPlanInput(input: PlanInput): PlanInputProblem[] {
  const bank = bankLeftProblem(input.questionBankLeft);
  return [
    ...examDateProblems(input),
    ...weekdayProblems(input),
    ...(bank ? [{ field: 'questionBankLeft' as const, message: bank }] : []),
    ...formProblems(input),
  ];
}
