// Onboarding and later settings changes: check the plan's input, then in ONE transaction store the settings, the
// past attempts and the plan. The first save makes the whole plan; a later save regenerates only the future
// (lib/domain/planner/merge-future.ts). A refused input throws before anything is written.
import { withDefaults } from '../db/read-alarm-state';
import { SETTINGS_KEY } from '../db/schema';
import { isDayKey, planDayAt, type DayKey } from '../domain/day';
import { assessPlanInput, buildPlan, dayCapacity, planInputFromSettings, type PlanInputProblem, type PlanWarning } from '../domain/planner';
import { mergeFuture } from '../domain/planner/merge-future';
import type { PlanSettingsFields } from '../domain/planner/plan-settings-fields';
import { isOnboarded, type Settings } from '../domain/settings';
import type { Attempt } from '../domain/types';
import { commit } from './commit';
import type { ServiceContext } from './context';

/** The settings the onboarding form edits. */
export type PlanFields = PlanSettingsFields;

/** A past attempt as the form gives it; `id` is there for attempts already stored. */
export interface AttemptEntry {
  id?: string;
  date: DayKey;
  outcome: 'fail' | 'incomplete';
}

/** The input the plan cannot be made from, each problem with the field that can fix it. */
export class PlanInputError extends Error {
  constructor(readonly problems: PlanInputProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'PlanInputError';
  }
}

export interface SavePlanOutcome {
  /** true on the first save (onboarding), false when the future was regenerated. */
  created: boolean;
  today: DayKey;
  /** Tasks written by this save. */
  plannedTasks: number;
  warnings: PlanWarning[];
  /** The saved record's `updatedAt`: a page can tell its own save from another page's write by it. */
  updatedAt: string;
}

function attemptProblems(attempts: readonly AttemptEntry[], today: DayKey): PlanInputProblem[] {
  // The planner's own field names have no slot for attempts; the form checks them with a message of its own first.
  const bad = attempts.find((a) => !isDayKey(a.date) || a.date > today);
  return bad ? [{ field: 'examDate', message: `A past attempt needs a date on or before today (${bad.date || 'empty'}).` }] : [];
}

export function savePlanSettings(ctx: ServiceContext, fields: PlanFields, attempts: readonly AttemptEntry[]): Promise<SavePlanOutcome> {
  const now = ctx.now();
  return commit(ctx, ['settings', 'tasks', 'attempts'], async (tx) => {
    const settingsStore = tx.objectStore('settings');
    const stored = await settingsStore.get(SETTINGS_KEY);
    const previous = withDefaults(stored);
    const today = planDayAt(now, previous.dayStartHour);
    const created = !isOnboarded(stored);
    const next: Settings = {
      ...previous,
      ...structuredClone(fields),
      startDate: created ? today : previous.startDate,
      updatedAt: new Date(now).toISOString(),
      // The fresh plan starts today with nothing overdue: the replanner has nothing to do until tomorrow.
      lastReplannedDay: today,
    };

    const existing = created ? [] : await tx.objectStore('tasks').getAll();
    // Forms already sat (a done practice exam that stays in the past) are not planned again.
    const sat = new Set(existing.filter((t) => t.kind === 'practice-exam' && t.status === 'done' && t.formId).map((t) => t.formId));
    const input = {
      ...planInputFromSettings({ ...next, practiceFormIds: next.practiceFormIds.filter((id) => !sat.has(id)) }, today, created ? 'p' : `p${ctx.newId()}`),
      // A remade future stays in the phases counted from the plan's first day (week 5 is not "reset" again).
      phaseStartDate: next.startDate,
    };
    const problems = [...assessPlanInput(input), ...attemptProblems(attempts, today)];
    if (problems.length > 0) throw new PlanInputError(problems);

    const plan = buildPlan(input);
    const merge = mergeFuture(existing, plan.tasks, today, dayCapacity(input, today), [...previous.supporters, ...next.supporters]);
    const tasks = tx.objectStore('tasks');
    const attemptStore = tx.objectStore('attempts');
    const attemptRecords: Attempt[] = attempts.map((a) => ({ id: a.id ?? ctx.newId(), examId: next.examId, date: a.date, outcome: a.outcome }));
    await Promise.all([
      ...merge.removedIds.map((id) => tasks.delete(id)),
      ...merge.added.map((t) => tasks.put(t)),
      settingsStore.put(next, SETTINGS_KEY),
      attemptStore.clear().then(() => Promise.all(attemptRecords.map((a) => attemptStore.put(a)))),
    ]);
    return { created, today, plannedTasks: merge.added.length, warnings: plan.warnings, updatedAt: next.updatedAt };
  });
}

export interface PlanSettingsData {
  settings: Settings;
  attempts: Attempt[];
  today: DayKey;
  onboarded: boolean;
}

/** What the form starts from, in one readonly transaction. */
export async function readPlanSettings(ctx: ServiceContext): Promise<PlanSettingsData> {
  const tx = ctx.db.transaction(['settings', 'attempts'], 'readonly');
  const [stored, attempts] = await Promise.all([tx.objectStore('settings').get(SETTINGS_KEY), tx.objectStore('attempts').getAll()]);
  await tx.done;
  const settings = withDefaults(stored);
  return { settings, attempts: attempts.sort((a, b) => a.date.localeCompare(b.date)), today: planDayAt(ctx.now(), settings.dayStartHour), onboarded: isOnboarded(stored) };
}
