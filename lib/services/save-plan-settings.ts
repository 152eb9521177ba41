// Onboarding and later settings changes: check the plan's input, then in ONE transaction store the settings, the
// past attempts and the plan. The first save makes the whole plan; a later save regenerates only what is still ahead
// (lib/domain/planner/merge-future.ts) and reads the logs: the bank is what was entered minus what was logged since,
// and a practice exam already sat is neither planned again nor followed by a second baseline or a sitting within a
// week. A refused input throws before anything is written.
import { readTransaction } from '../db/transaction';
import { studyWindowsFromHours } from '../domain/alarms/study-windows-from-hours';
import { isDayKey, type DayKey } from '../domain/day';
import { checkDeadlineFields } from '../domain/deadlines';
import {
  assessPlanInput,
  buildPlan,
  dayCapacity,
  planInputFromSettings,
  type PlanInputProblem,
} from '../domain/planner';
import { mergeFuture } from '../domain/planner/merge-future';
import { attemptDatesProblem } from '../domain/planner/plan-input-checks';
import { isReviewOf, nextExamNotBefore, practiceTaken } from '../domain/history/practice-taken';
import { bankAfterSave, questionsLeft } from '../domain/history/questions-left';
import { profileOf } from '../domain/profiles';
import type {
  AttemptEntry,
  PlanSettingsData,
  PlanSettingsFields,
  SavePlanOutcome,
} from '../domain/planner/plan-settings-fields';
import { isOnboarded, planDayOf, type Settings } from '../domain/settings';
import { withDefaults } from '../domain/with-defaults';
import type { Attempt } from '../domain/types';
import { settingsSchema } from '../domain/backup/settings-schema';
import { commit } from './commit';
import { requireStorable } from './record-limit-error';
import { StaleWriteError } from './settings-section';
import type { ServiceContext } from './context';
import { LogInputError } from './log-input-error';

/** The input the plan cannot be made from, each problem with the field that can fix it. */
export class PlanInputError extends Error {
  constructor(readonly problems: PlanInputProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'PlanInputError';
  }
}

function attemptProblems(attempts: readonly AttemptEntry[], today: DayKey): PlanInputProblem[] {
  // The planner's own field names have no slot for attempts; the form checks them first, with these words.
  const bad = attemptDatesProblem(attempts, today);
  return bad ? [{ field: 'examDate', message: bad }] : [];
}

/** The date of the latest valid attempt, '' when none. */
const latestAttempt = (attempts: readonly AttemptEntry[]): DayKey | '' =>
  attempts
    .map((a) => a.date)
    .filter(isDayKey)
    .reduce<DayKey | ''>((latest, day) => (day > latest ? day : latest), '');

export interface SavePlanOptions {
  /** Make today's untouched tasks again too; otherwise today stays as it is (its done work always stays). */
  refillToday?: boolean;
  /**
   * The `updatedAt` of the settings the form showed (its revision): when another tab or an import has saved since,
   * the save is refused with StaleWriteError and nothing is written.
   */
  readUpdatedAt?: string;
}

export function savePlanSettings(
  ctx: ServiceContext,
  fields: PlanSettingsFields,
  attempts: readonly AttemptEntry[],
  options: SavePlanOptions = {},
): Promise<SavePlanOutcome> {
  const now = ctx.now();
  return commit(ctx, ['settings', 'appState', 'tasks', 'logs'], async (repos) => {
    const stored = await repos.settings.stored();
    const previous = withDefaults(stored);
    if (options.readUpdatedAt !== undefined && previous.updatedAt !== options.readUpdatedAt)
      throw new StaleWriteError('Your plan settings');
    const today = planDayOf(now, previous);
    const created = !isOnboarded(stored);
    // The form checks these first, with the attempt rules; this refuses whatever reaches the service unchecked.
    const deadlines = {
      schoolDeadline: fields.schoolDeadline ?? previous.schoolDeadline,
      resultWeeks: String(fields.resultWeeks ?? previous.resultWeeks),
      eligibilityEnd: fields.eligibilityEnd ?? previous.eligibilityEnd,
    };
    const [refused] = checkDeadlineFields(deadlines, { today, earliestAttempt: null, stored: previous }).problems;
    if (refused) throw new LogInputError(refused.field, refused.message);
    const nowIso = new Date(now).toISOString();
    const [existing, assessments, logs] = created
      ? [[], [], []]
      : await Promise.all([repos.tasks.all(), repos.logs.assessments(), repos.logs.questionLogs()]);
    const next: Settings = {
      ...previous,
      ...structuredClone(fields),
      ...(created
        ? { questionBankLeft: fields.questionBankLeft, questionBankCountedAt: nowIso }
        : bankAfterSave(previous, logs, fields.questionBankLeft, nowIso)),
      startDate: created ? today : previous.startDate,
      // The study-block reminders follow the hours of each day, unless the student set a day's windows by hand.
      studyWindows: studyWindowsFromHours(
        previous.studyWindows,
        previous.weekdayMinutes,
        fields.weekdayMinutes,
        created,
      ),
      updatedAt: nowIso,
    };

    // Forms already sat (logged, or a ticked sitting) are not planned again, and their reviews stay.
    const taken = practiceTaken(existing, assessments);
    const sat = new Set(taken.formIds);
    const satForms = profileOf(next).selfAssessments.filter((f) => sat.has(f.id));
    const input = {
      ...planInputFromSettings(
        {
          ...next,
          questionBankLeft: questionsLeft(next, logs),
          practiceFormIds: next.practiceFormIds.filter((id) => !sat.has(id)),
        },
        today,
        created ? 'p' : `p${ctx.newId()}`,
      ),
      // A remade future stays in the phases counted from the plan's first day (week 5 is not "reset" again).
      phaseStartDate: next.startDate,
      ...(taken.days.length > 0 ? { practiceTaken: { notBefore: nextExamNotBefore(taken) } } : {}),
      // The latest attempt says which format the student met (rule 8, lib/domain/profiles/exam-formats.ts).
      ...(latestAttempt(attempts) ? { failedAttemptDate: latestAttempt(attempts) } : {}),
    };
    const problems = [...assessPlanInput(input), ...attemptProblems(attempts, today)];
    if (problems.length > 0) throw new PlanInputError(problems);
    requireStorable(settingsSchema, next, 'Your plan settings');

    const plan = buildPlan(input);
    const merge = mergeFuture(existing, plan.tasks, {
      today,
      capacity: (day) => dayCapacity(input, day),
      supporters: [...previous.supporters, ...next.supporters],
      refillToday: created || options.refillToday === true,
      keepIds: new Set(
        existing.filter((t) => t.status === 'todo' && satForms.some((f) => isReviewOf(t, f))).map((t) => t.id),
      ),
    });
    const attemptRecords: Attempt[] = attempts.map((a) => ({
      id: a.id ?? ctx.newId(),
      examId: next.examId,
      date: a.date,
      outcome: a.outcome,
    }));
    await Promise.all([
      repos.tasks.delete(...merge.removedIds),
      repos.tasks.put(...merge.added),
      repos.settings.put(next),
      repos.settings.replaceAttempts(attemptRecords),
      // A fresh plan starts today with nothing overdue: the replanner has nothing to do until tomorrow. A later save
      // keeps the past as it is, so the days missed since the last replan are still carried forward by the next one.
      ...(created ? [repos.appState.update(() => ({ lastReplannedDay: today }))] : []),
    ]);
    return { created, today, plannedTasks: merge.added.length, warnings: plan.warnings, updatedAt: next.updatedAt };
  });
}

/** What the form starts from, in one readonly transaction. */
export async function readPlanSettings(ctx: ServiceContext): Promise<PlanSettingsData> {
  const [stored, attempts, logs, assessments] = await readTransaction(
    ctx.db,
    ['settings', 'logs'],
    ({ settings, logs }) =>
      Promise.all([settings.stored(), settings.attempts(), logs.questionLogs(), logs.assessments()]),
  );
  const saved = withDefaults(stored);
  const settings = { ...saved, questionBankLeft: questionsLeft(saved, logs) };
  const takenForms = [...assessments]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((a) => ({ formId: a.formId, day: a.day }));
  return {
    settings,
    takenForms,
    attempts: attempts.sort((a, b) => a.date.localeCompare(b.date)),
    today: planDayOf(ctx.now(), settings),
    onboarded: isOnboarded(stored),
  };
}
