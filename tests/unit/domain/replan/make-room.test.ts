import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../../lib/domain/day';
import { makeRoom } from '../../../../lib/domain/replan';
import type { Task } from '../../../../lib/domain/types';
import { task, threeHours } from './replan-fixture';

const today = '2026-11-25';
const lastDay = addDays(today, 2);

function applied(tasks: readonly Task[], changed: readonly Task[]): Task[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const t of changed) byId.set(t.id, t);
  return [...byId.values()];
}

const loadOn = (tasks: readonly Task[], day: string) =>
  tasks.filter((t) => t.day === day && t.status !== 'skipped').reduce((s, t) => s + t.minutes, 0);

describe('makeRoom', () => {
  it('puts a copy of unplaced work in place of the least important nice-to-have work of the first day it fits', () => {
    const tasks = [
      task('2026-11-23', { id: 'lost', minutes: 60, priority: 2 }),
      task(today, { id: 'block', minutes: 180, priority: 2 }),
      task('2026-11-26', { id: 'nice4', minutes: 60, priority: 4, order: 0 }),
      task('2026-11-26', { id: 'nice5', minutes: 60, priority: 5, order: 1 }),
      task('2026-11-26', { id: 'must', minutes: 60, priority: 1, order: 2 }),
    ];
    const result = makeRoom({ tasks, unplacedIds: ['lost'], today, lastDay, capacity: threeHours });
    expect(result.dropped.map((t) => t.id)).toEqual(['nice5']);
    expect(result.placed).toEqual([
      {
        taskId: 'lost',
        copyId: 'lost>2026-11-26',
        title: tasks[0]!.title,
        minutes: 60,
        from: '2026-11-23',
        to: '2026-11-26',
      },
    ]);
    const after = applied(tasks, result.changed);
    expect(after.find((t) => t.id === 'lost')).toEqual(tasks[0]);
    expect(after.find((t) => t.id === 'lost>2026-11-26')).toMatchObject({
      status: 'todo',
      day: '2026-11-26',
      order: 3,
      movedFrom: '2026-11-23',
    });
    // A second click finds it carried and places nothing more.
    expect(makeRoom({ tasks: after, unplacedIds: ['lost'], today, lastDay, capacity: threeHours }).changed).toEqual([]);
    expect(after.find((t) => t.id === 'nice5')?.status).toBe('skipped');
    expect(loadOn(after, '2026-11-26')).toBe(180);
  });

  it('never drops fixed, started or equally important work, and says what still does not fit', () => {
    const tasks = [
      task('2026-11-20', { id: 'lost', minutes: 120, priority: 4 }),
      task(today, { id: 'exam', minutes: 180, priority: 5, fixed: true }),
      task('2026-11-26', { id: 'same', minutes: 180, priority: 4 }),
      task('2026-11-27', { id: 'done', minutes: 180, priority: 5, status: 'done' }),
    ];
    const result = makeRoom({ tasks, unplacedIds: ['lost'], today, lastDay, capacity: threeHours });
    expect(result.changed).toEqual([]);
    expect(result.stillUnplaced.map((t) => t.id)).toEqual(['lost']);
  });

  it('ignores ids of tasks done, gone or not in the past any more', () => {
    const tasks = [
      task(today, { id: 'back', status: 'todo', minutes: 30 }),
      task('2026-11-24', { id: 'ticked', status: 'done', minutes: 30 }),
    ];
    const unplacedIds = ['back', 'gone', 'ticked'];
    expect(makeRoom({ tasks, unplacedIds, today, lastDay, capacity: threeHours }).changed).toEqual([]);
  });

  it('keeps every day within its capacity, drops only lower-priority unstarted work, and places each task at most once', () => {
    const arbTask = (i: number) =>
      fc
        .record({
          offset: fc.integer({ min: -4, max: 2 }),
          minutes: fc.integer({ min: 0, max: 200 }),
          status: fc.constantFrom('todo', 'todo', 'done', 'skipped'),
          priority: fc.integer({ min: 1, max: 5 }),
          fixed: fc.boolean(),
        })
        .map((r): Task =>
          task(addDays(today, r.offset), {
            id: `t${i}`,
            order: i,
            minutes: r.minutes,
            status: r.status as Task['status'],
            priority: r.priority,
            fixed: r.fixed || undefined,
          }),
        );
    const arbTasks = fc
      .integer({ min: 0, max: 20 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbTask(i))));
    fc.assert(
      fc.property(arbTasks, fc.array(fc.constantFrom(0, 60, 180), { minLength: 3, maxLength: 3 }), (tasks, caps) => {
        const capacity = (day: string) => caps[daysBetween(today, day)] ?? 0;
        const unplacedIds = tasks.filter((t) => t.status === 'todo' && t.day < today).map((t) => t.id);
        const result = makeRoom({ tasks, unplacedIds, today, lastDay, capacity });
        const after = applied(tasks, result.changed);
        // The past stays as it was; only days from today on are written.
        for (const t of tasks.filter((x) => x.day < today)) expect(after.find((a) => a.id === t.id)).toEqual(t);
        for (const t of result.changed) expect(t.day >= today).toBe(true);
        for (let day = today; day <= lastDay; day = addDays(day, 1)) {
          const before = loadOn(tasks, day);
          // A day that was already over its hours is never made fuller.
          expect(loadOn(after, day)).toBeLessThanOrEqual(Math.max(capacity(day), before));
        }
        for (const d of result.dropped) {
          const original = tasks.find((t) => t.id === d.id)!;
          expect(original).toMatchObject({ status: 'todo' });
          expect(original.fixed).toBeFalsy();
          expect(original.priority).toBeGreaterThanOrEqual(4);
          expect(original.day >= today).toBe(true);
        }
        expect(new Set(result.placed.map((p) => p.taskId)).size).toBe(result.placed.length);
        expect(result.placed.length + result.stillUnplaced.length).toBe(unplacedIds.length);
      }),
      { numRuns: 500 },
    );
  });
});
