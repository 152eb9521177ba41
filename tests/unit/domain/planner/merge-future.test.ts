import { describe, expect, it } from 'vitest';
import { keepsTask, mergeFuture } from '../../../../lib/domain/planner/merge-future';
import type { Task } from '../../../../lib/domain/types';

const TODAY = '2026-12-09';
const task = (id: string, day: string, fields: Partial<Task> = {}): Task => ({ id, day, kind: 'question-block', title: id, minutes: 60, status: 'todo', order: 0, priority: 2, ...fields });

describe('keepsTask', () => {
  it.each([
    ['a past todo task', task('a', '2026-12-08'), true],
    ['a past done task', task('a', '2026-12-01', { status: 'done' }), true],
    ["today's done task", task('a', TODAY, { status: 'done' }), true],
    ["today's skipped task", task('a', TODAY, { status: 'skipped' }), true],
    ["today's task with focus time", task('a', TODAY, { focusMinutes: 20 }), true],
    ["today's untouched task", task('a', TODAY), false],
    ['a future task, even done', task('a', '2026-12-10', { status: 'done' }), false],
  ])('%s: %s', (_, t, kept) => {
    expect(keepsTask(t, TODAY)).toBe(kept);
  });
});

describe('mergeFuture', () => {
  const existing = [
    task('past', '2026-12-08', { status: 'done' }),
    task('done-today', TODAY, { status: 'done', minutes: 120, order: 0 }),
    task('todo-today', TODAY, { order: 1 }),
    task('future', '2026-12-10'),
  ];

  it('replaces the untouched work and fits the fresh day next to what is kept today', () => {
    const fresh = [task('n0', TODAY, { minutes: 90, order: 0 }), task('n1', TODAY, { minutes: 120, order: 1 }), task('n2', TODAY, { minutes: 30, order: 2 }), task('n3', '2026-12-10')];
    const merge = mergeFuture(existing, fresh, TODAY, 240, []);
    expect(merge.kept.map((t) => t.id)).toEqual(['past', 'done-today']);
    expect(merge.removedIds).toEqual(['todo-today', 'future']);
    // 240 minutes today, 120 already done: 90 fits, then 120 does not, then 30 fills the rest; orders follow the kept.
    expect(merge.added.map((t) => [t.id, t.order])).toEqual([['n0', 1], ['n2', 2], ['n3', 0]]);
  });

  it('takes the whole fresh day when nothing of today is kept', () => {
    const fresh = [task('n0', TODAY, { minutes: 300 }), task('n1', '2026-12-10')];
    const merge = mergeFuture([task('past', '2026-12-08')], fresh, TODAY, 240, []);
    expect(merge.added).toEqual(fresh);
  });

  it('does not hand out a reset task again, in either wording', () => {
    const kept = [task('r', '2026-12-01', { kind: 'guidance', title: 'Enter the score report bands for every content area', status: 'done' })];
    const fresh = [
      task('again', TODAY, { kind: 'guidance', title: 'Check the bands you entered against your score report' }),
      task('other', TODAY, { kind: 'reflection', title: 'Write down what went wrong on your first attempt' }),
    ];
    expect(mergeFuture(kept, fresh, TODAY, 240, []).added.map((t) => t.id)).toEqual(['other']);
  });
});
