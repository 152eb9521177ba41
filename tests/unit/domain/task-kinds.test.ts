// The task-kind table is the one place a kind's facts live: the list of kinds, the backup schema, the planner's
// order within a day and the replanner's rules all read it.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { taskSchema } from '../../../lib/domain/backup/record-schemas';
import { buildPlan } from '../../../lib/domain/planner';
import { TASK_KIND_FACTS, TASK_KINDS, isRecurring, isRestLike } from '../../../lib/domain/task-kinds';
import { step1Input } from './planner/plan-input-fixture';

const task = (kind: string) => ({
  id: 't',
  day: '2026-12-01',
  kind,
  title: 'A task',
  minutes: 10,
  status: 'todo',
  order: 0,
  priority: 3,
});

describe('the task-kind table', () => {
  it('is the list of kinds, and a backup accepts every kind in it and no other', () => {
    expect(TASK_KINDS).toEqual(Object.keys(TASK_KIND_FACTS));
    for (const kind of TASK_KINDS) expect(v.safeParse(taskSchema, task(kind)).success, kind).toBe(true);
    expect(v.safeParse(taskSchema, task('nap')).success).toBe(false);
  });

  it('names rest as the only rest-like kind, and the reflection, weekly review and retest as recurring', () => {
    expect(TASK_KINDS.filter(isRestLike)).toEqual(['rest']);
    expect(TASK_KINDS.filter(isRecurring)).toEqual(['reflection', 'retest-misses', 'weekly-review']);
  });

  it("orders planned days by their kinds' ranks (past the reset, whose looking-back tasks open a day, and apart from exam reviews)", () => {
    const plan = buildPlan(step1Input());
    const reset = new Set(plan.days.filter((d) => d.phase === 'reset').map((d) => d.day));
    const byDay = new Map<string, number[]>();
    for (const t of plan.tasks) {
      const examReview = t.kind === 'review-incorrects' && !t.title.startsWith('Review every incorrect');
      if (!reset.has(t.day) && !examReview)
        byDay.set(t.day, [...(byDay.get(t.day) ?? []), TASK_KIND_FACTS[t.kind].rank]);
    }
    expect(byDay.size).toBeGreaterThan(30);
    for (const [day, ranks] of byDay) expect(ranks, day).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('keeps the kinds the table calls fixed on their dates in a plan', () => {
    const fixedKinds = buildPlan(step1Input()).tasks.filter((t) => TASK_KIND_FACTS[t.kind].fixed);
    expect(fixedKinds.length).toBeGreaterThan(0);
    expect(fixedKinds.every((t) => t.fixed === true)).toBe(true);
  });
});
