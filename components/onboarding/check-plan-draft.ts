// The onboarding's checks: first each field on its own (empty, not a number, absurd), then, when every field reads,
// the planner's own feasibility check (assessPlanInput) and the attempt rules. Each problem names the field it sits
// next to; the form shows them in page order and focuses the first. Nothing is saved while any remain.
import { dayLabelWithYear } from '../../lib/domain/format/day-words';
import type { DayKey } from '../../lib/domain/day';
import { checkDeadlineFields, type DeadlineCheckContext } from '../../lib/domain/deadlines';
import { attemptEligibility } from '../../lib/domain/eligibility';
import { examDateLimitProblem, LIST_LIMITS, TEXT_LIMITS } from '../../lib/domain/limits';
import {
  assessPlanInput,
  planInputFromSettings,
  type PlanInputField,
  type PlanInputProblem,
} from '../../lib/domain/planner';
import { profileOf } from '../../lib/domain/profiles';
import {
  attemptDatesProblem,
  bankLeftProblem,
  dayHoursProblem,
  examDateProblem as examDateWords,
  MAX_BANK_QUESTIONS,
  MAX_DAY_HOURS,
} from '../../lib/domain/planner/plan-input-checks';
import type { PlanSettingsFields } from '../../lib/domain/planner/plan-settings-fields';
import { defaultSettings } from '../../lib/domain/settings';
import type { PlanDraft } from './plan-draft';

/** Ids of the form's fields, in page order (a problem is shown next to the element with this id). */
export const FIELD_ORDER = [
  'exam-date',
  'attempts',
  'school-deadline',
  'result-weeks',
  'eligibility-end',
  'hours',
  'question-bank',
  'practice-exams',
  'parallel-hours',
  'supporters',
] as const;
export type FieldId = (typeof FIELD_ORDER)[number] | `hours-${number}`;

export interface FieldProblem {
  field: FieldId;
  message: string;
}

export interface CheckedDraft {
  problems: FieldProblem[];
  /** Present only when there are no problems. */
  values?: PlanSettingsFields;
}

export { MAX_BANK_QUESTIONS, MAX_DAY_HOURS };
export const MAX_PARALLEL_HOURS = 80;

const FROM_PLANNER: Record<PlanInputField, FieldId> = {
  examDate: 'exam-date',
  weekdayMinutes: 'hours',
  questionBankLeft: 'question-bank',
  practiceFormIds: 'practice-exams',
};

/** The planner's problems (also what the save service refuses with) placed on the form's fields. */
export function plannerProblems(problems: readonly PlanInputProblem[]): FieldProblem[] {
  return problems.map((p) => ({ field: FROM_PLANNER[p.field], message: p.message }));
}

const number = (text: string): number | null =>
  text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text);

function examDateProblem(draft: PlanDraft, today: DayKey): FieldProblem[] {
  const wrong = examDateWords(draft.examDate, today, draft.notBooked);
  if (wrong) return [{ field: 'exam-date', message: wrong }];
  const tooFar = examDateLimitProblem(draft.examDate, today);
  return tooFar ? [{ field: 'exam-date', message: tooFar }] : [];
}

function supporterProblems(draft: PlanDraft): FieldProblem[] {
  if (draft.supporters.length > LIST_LIMITS.supporters)
    return [{ field: 'supporters', message: `Keep to ${LIST_LIMITS.supporters} supporters at most.` }];
  const long = draft.supporters.findIndex((s) => s.name.trim().length > TEXT_LIMITS.supporterName);
  return long < 0
    ? []
    : [
        {
          field: 'supporters',
          message: `Supporter ${long + 1}'s name is longer than ${TEXT_LIMITS.supporterName} characters; please shorten it.`,
        },
      ];
}

function attemptProblems(draft: PlanDraft, today: DayKey): FieldProblem[] {
  const bad = attemptDatesProblem(draft.attempts, today);
  return bad ? [{ field: 'attempts', message: bad }] : [];
}

function hoursProblems(draft: PlanDraft): { problems: FieldProblem[]; minutes: number[] } {
  const problems: FieldProblem[] = [];
  const minutes = draft.hours.map((text, i) => {
    const hours = number(text);
    const problem = dayHoursProblem(i, hours);
    if (problem) problems.push({ field: `hours-${i}`, message: problem });
    return Math.round((hours ?? 0) * 60);
  });
  return { problems, minutes };
}

function bankProblem(text: string): FieldProblem[] {
  const problem = bankLeftProblem(number(text), MAX_BANK_QUESTIONS);
  return problem ? [{ field: 'question-bank', message: problem }] : [];
}

function parallelProblem(draft: PlanDraft): FieldProblem[] {
  if (draft.parallelKind === 'none') return [];
  const n = number(draft.parallelHours);
  if (n === null || n <= 0)
    return [
      { field: 'parallel-hours', message: 'Enter the hours per week the parallel track takes, a number above 0.' },
    ];
  if (n > MAX_PARALLEL_HOURS)
    return [
      {
        field: 'parallel-hours',
        message: `${n} hours a week leaves no time to study; enter at most ${MAX_PARALLEL_HOURS}.`,
      },
    ];
  return [];
}

const byPageOrder = (a: FieldProblem, b: FieldProblem): number => {
  const rank = (f: FieldId) =>
    FIELD_ORDER.indexOf(f.startsWith('hours-') ? 'hours' : (f as (typeof FIELD_ORDER)[number]));
  return rank(a.field) - rank(b.field) || a.field.localeCompare(b.field);
};

/** No deadline dates stored yet (onboarding). */
const NOTHING_STORED: DeadlineCheckContext['stored'] = { schoolDeadline: '', eligibilityEnd: '' };

/** `stored`: the deadline dates saved now, which are not refused for having passed since (lib/domain/deadlines). */
export function checkPlanDraft(draft: PlanDraft, today: DayKey, stored = NOTHING_STORED): CheckedDraft {
  const profile = profileOf(draft);
  const hours = hoursProblems(draft);
  const attemptsRead = attemptProblems(draft, today);
  const earliestAttempt =
    attemptsRead.length > 0
      ? null
      : attemptEligibility(
          profile.attemptPolicy,
          draft.attempts.map((a, i) => ({ id: String(i), examId: profile.id, date: a.date, outcome: a.outcome })),
          today,
        ).earliestNextDate;
  const deadlines = checkDeadlineFields(draft, { today, earliestAttempt, stored });
  const problems = [
    ...examDateProblem(draft, today),
    ...attemptsRead,
    ...deadlines.problems,
    ...hours.problems,
    ...bankProblem(draft.questionBankLeft),
    ...parallelProblem(draft),
    ...supporterProblems(draft),
  ];
  if (problems.length > 0 || !deadlines.values) return { problems: problems.sort(byPageOrder) };

  const values: PlanSettingsFields = {
    examId: profile.id,
    examDate: draft.examDate,
    examBooked: !draft.notBooked,
    weekdayMinutes: hours.minutes,
    blockedDates: [...draft.blockedDates],
    // Only this exam's areas: bands picked under another exam are not carried over.
    bands: Object.fromEntries(profile.areas.flatMap((a) => (draft.bands[a.id] ? [[a.id, draft.bands[a.id]!]] : []))),
    questionBankLeft: Number(draft.questionBankLeft),
    practiceFormIds: draft.practiceFormIds.filter((id) => profile.selfAssessments.some((f) => f.id === id)),
    parallelTrack: {
      kind: draft.parallelKind,
      hoursPerWeek: draft.parallelKind === 'none' ? 0 : Number(draft.parallelHours),
    },
    supporters: draft.supporters
      .filter((s) => s.name.trim() !== '')
      .map((s) => ({ name: s.name.trim(), role: s.role })),
    lightDayEachWeek: draft.lightDay,
    customForms: draft.customForms.map((f) => ({ ...f })),
    ...deadlines.values,
  };
  const planner = plannerProblems(
    assessPlanInput(planInputFromSettings({ ...structuredClone(defaultSettings), ...values }, today, 'check')),
  );
  const earliest = draft.notBooked ? earliestAttempt : null;
  const rules: FieldProblem[] =
    earliest && values.examDate < earliest
      ? [
          {
            field: 'exam-date',
            message: `The attempt rules allow your next attempt on ${dayLabelWithYear(earliest)} at the earliest; choose a target date on or after it.`,
          },
        ]
      : [];
  const all = [...planner, ...rules].sort(byPageOrder);
  return all.length > 0 ? { problems: all } : { problems: [], values };
}
