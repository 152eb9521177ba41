import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../lib/domain/day';
import { bankQuestionsAfter, fitToBank } from '../../../../lib/domain/replan/fit-to-bank';
import type { Task } from '../../../../lib/domain/types';
import { task } from './replan-fixture';

const today = '2026-11-25';

const block = (day: string, questions: number, fields: Partial<Task> = {}) =>
  task(day, {
    questions,
    minutes: (questions / 20) * 30,
    title: `Cardiovascular System: ${questions / 20} timed blocks, ${questions} questions`,
    ...fields,
  });

describe('fitToBank', () => {
  it('takes the latest blocks off first, cutting to whole blocks, and leaves today, fixed and started blocks alone', () => {
    const tasks = [
      block(today, 80, { id: 'today' }),
      block('2026-11-26', 40, { id: 'near' }),
      block('2026-11-27', 60, { id: 'mid' }),
      block('2026-11-28', 40, { id: 'late' }),
      block('2026-11-29', 40, { id: 'started', focusMinutes: 10 }),
      task('2026-11-28', { id: 'retest', kind: 'retest-misses', questions: 5 }),
    ];
    const fit = fitToBank(tasks, today, 110, 20);
    // 180 planned after today, 110 left: 'late' goes (40), 'mid' is cut from 60 to 20 (40 more), 'near' stays.
    expect(fit.changed.map((t) => [t.id, t.status, t.questions])).toEqual([
      ['late', 'skipped', 40],
      ['mid', 'todo', 20],
    ]);
    expect(fit.changed[1]).toMatchObject({ minutes: 30, title: 'Cardiovascular System: 1 timed block, 20 questions' });
    expect(fit.removed).toBe(80);
  });

  it("shrinks a cut day's review of incorrect answers with its blocks, and skips it when no block is left", () => {
    const review = (day: string, id: string, minutes: number, fields: Partial<Task> = {}) =>
      task(day, { id, kind: 'review-incorrects', minutes, title: 'Review every incorrect answer', ...fields });
    const tasks = [
      block('2026-11-26', 40, { id: 'near' }),
      review('2026-11-26', 'near-review', 60),
      block('2026-11-27', 80, { id: 'mid' }),
      review('2026-11-27', 'mid-review', 120),
      block('2026-11-28', 40, { id: 'late' }),
      review('2026-11-28', 'late-review', 60),
      review('2026-11-28', 'late-review-started', 60, { focusMinutes: 5 }),
    ];
    // 160 planned, 80 left: 'late' goes (40), 'mid' is cut from 80 to 40.
    const fit = fitToBank(tasks, today, 80, 20);
    expect(fit.changed.map((t) => [t.id, t.status, t.minutes])).toEqual([
      ['late', 'skipped', 60],
      ['mid', 'todo', 60],
      ['late-review', 'skipped', 60],
      ['mid-review', 'todo', 60],
    ]);
    expect(fit.removed).toBe(80);
  });

  it('changes nothing while the bank covers the plan', () => {
    expect(fitToBank([block('2026-11-26', 40)], today, 40, 20)).toEqual({ changed: [], removed: 0 });
  });

  it('never plans more bank questions after today than are left, and touches only those blocks', () => {
    const arbBlock = (i: number) =>
      fc
        .record({
          offset: fc.integer({ min: -2, max: 8 }),
          blocks: fc.integer({ min: 1, max: 6 }),
          status: fc.constantFrom('todo', 'todo', 'done', 'skipped'),
          kind: fc.constantFrom(
            'question-block',
            'question-block',
            'retest-misses',
            'content-review',
            'review-incorrects',
          ),
        })
        .map((r): Task =>
          block(addDays(today, r.offset), r.blocks * 20, {
            id: `b${i}`,
            order: i,
            status: r.status as Task['status'],
            kind: r.kind as Task['kind'],
          }),
        );
    const arbTasks = fc
      .integer({ min: 0, max: 20 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbBlock(i))));
    fc.assert(
      fc.property(arbTasks, fc.integer({ min: -10, max: 600 }), (tasks, left) => {
        const fit = fitToBank(tasks, today, left, 20);
        const byId = new Map(tasks.map((t) => [t.id, t]));
        for (const t of fit.changed) {
          const before = byId.get(t.id)!;
          expect(before).toMatchObject({
            kind: expect.stringMatching(/^(question-block|review-incorrects)$/),
            status: 'todo',
          });
          expect(before.day > today).toBe(true);
          expect((t.questions ?? 0) % 20).toBe(0);
          byId.set(t.id, t);
        }
        expect(bankQuestionsAfter([...byId.values()], today)).toBeLessThanOrEqual(Math.max(0, left));
        expect(fit.removed).toBe(bankQuestionsAfter(tasks, today) - bankQuestionsAfter([...byId.values()], today));
      }),
      { numRuns: 300 },
    );
  });
});
