import { describe, expect, it } from 'vitest';
import { keepsTask, mergeFuture } from '../../../../lib/domain/planner/merge-future';
import type { Task } from '../../../../lib/domain/types';

const TODAY = '2026-12-09';
const task = (id: string, day: string, fields: Partial<Task> = {}): Task => ({
  id,
  day,
  kind: 'question-block',
  title: id,
  minutes: 60,
  status: 'todo',
  order: 0,
  priority: 2,
  ...fields,
});
const options = (fields: Partial<Parameters<typeof mergeFuture>[2]> = {}) => ({
  today: TODAY,
  capacity: () => 240,
  supporters: [],
  ...fields,
});

describe('keepsTask', () => {
  it.each([
    ['a past todo task', task('a', '2026-12-08'), false, true],
    ['a past done task', task('a', '2026-12-01', { status: 'done' }), false, true],
    ["today's done task", task('a', TODAY, { status: 'done' }), false, true],
    ["today's skipped task", task('a', TODAY, { status: 'skipped' }), false, true],
    ["today's task with focus time", task('a', TODAY, { focusMinutes: 20 }), true, true],
    ["today's untouched task, today not refilled", task('a', TODAY), false, true],
    ["today's untouched task, today refilled", task('a', TODAY), true, false],
    ['a future done task (ticked ahead)', task('a', '2026-12-10', { status: 'done' }), false, true],
    ['a future skipped task', task('a', '2026-12-10', { status: 'skipped' }), false, true],
    ['a future untouched task', task('a', '2026-12-10'), false, false],
  ])('%s', (_, t, refill, kept) => {
    expect(keepsTask(t, TODAY, refill)).toBe(kept);
  });
});

describe('mergeFuture', () => {
  const existing = [
    task('past', '2026-12-08', { status: 'done' }),
    task('done-today', TODAY, { status: 'done', minutes: 120, order: 0 }),
    task('todo-today', TODAY, { order: 1 }),
    task('future', '2026-12-10'),
  ];

  it('leaves today as it is unless asked, and replaces the untouched days ahead', () => {
    const fresh = [task('n0', TODAY, { minutes: 90, order: 0 }), task('n3', '2026-12-10')];
    const merge = mergeFuture(existing, fresh, options());
    expect(merge.kept.map((t) => t.id)).toEqual(['past', 'done-today', 'todo-today']);
    expect(merge.removedIds).toEqual(['future']);
    expect(merge.added.map((t) => t.id)).toEqual(['n3']);
  });

  it('refilled on request, fits the fresh day next to what is kept today', () => {
    const fresh = [
      task('n0', TODAY, { minutes: 90, order: 0 }),
      task('n1', TODAY, { minutes: 120, order: 1 }),
      task('n2', TODAY, { minutes: 30, order: 2 }),
      task('n3', '2026-12-10'),
    ];
    const merge = mergeFuture(existing, fresh, options({ refillToday: true }));
    expect(merge.kept.map((t) => t.id)).toEqual(['past', 'done-today']);
    expect(merge.removedIds).toEqual(['todo-today', 'future']);
    // 240 minutes today, 120 already done: 90 fits, then 120 does not, then 30 fills the rest; orders follow the kept.
    expect(merge.added.map((t) => [t.id, t.order])).toEqual([
      ['n0', 1],
      ['n2', 2],
      ['n3', 0],
    ]);
  });

  it('takes the whole fresh day when refilling and nothing of today is kept', () => {
    const fresh = [task('n0', TODAY, { minutes: 300 }), task('n1', '2026-12-10')];
    const merge = mergeFuture([task('past', '2026-12-08')], fresh, options({ refillToday: true }));
    expect(merge.added).toEqual(fresh);
  });

  it('keeps a done task ahead of today and the review of a sat exam, and fills their day only up to its hours, a sitting always', () => {
    const ahead = [
      task('ticked', '2026-12-11', { status: 'done', minutes: 120 }),
      task('review', '2026-12-11', { kind: 'review-incorrects', minutes: 90, order: 1 }),
    ];
    const fresh = [
      task('f0', '2026-12-11', { minutes: 60 }),
      task('f1', '2026-12-11', { minutes: 30 }),
      task('exam', '2026-12-11', { kind: 'practice-exam', fixed: true, minutes: 300 }),
    ];
    const merge = mergeFuture(ahead, fresh, options({ keepIds: new Set(['review']) }));
    expect(merge.kept.map((t) => t.id)).toEqual(['ticked', 'review']);
    expect(merge.added.map((t) => [t.id, t.order])).toEqual([
      ['f1', 2],
      ['exam', 3],
    ]);
  });

  it('does not hand out a reset task again, in either wording', () => {
    const kept = [
      task('r', '2026-12-01', {
        kind: 'guidance',
        title: 'Enter the score report bands for every content area',
        status: 'done',
      }),
    ];
    const fresh = [
      task('again', '2026-12-10', { kind: 'guidance', title: 'Check the bands you entered against your score report' }),
      task('other', '2026-12-10', { kind: 'reflection', title: 'Write down what went wrong on your first attempt' }),
    ];
    expect(mergeFuture(kept, fresh, options()).added.map((t) => t.id)).toEqual(['other']);
  });
});
