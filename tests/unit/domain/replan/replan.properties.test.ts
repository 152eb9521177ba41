import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../lib/domain/day';
import { replan } from '../../../../lib/domain/replan';
import { TASK_KINDS, type Task } from '../../../../lib/domain/types';

const today = '2026-11-25';
const lastDay = addDays(today, 9);

const arbTask = (index: number) =>
  fc
    .record({
      offset: fc.integer({ min: -6, max: 9 }),
      kind: fc.constantFrom(...TASK_KINDS),
      minutes: fc.integer({ min: 0, max: 240 }),
      status: fc.constantFrom('todo', 'todo', 'done', 'skipped'),
      priority: fc.integer({ min: 1, max: 5 }),
      fixed: fc.boolean(),
      titleNo: fc.integer({ min: 0, max: 3 }),
    })
    .map((r): Task => ({
      id: `t${index}`,
      day: addDays(today, r.offset),
      kind: r.kind,
      title: `${r.kind} ${r.titleNo}`,
      minutes: r.minutes,
      status: r.status as Task['status'],
      order: index,
      priority: r.priority,
      fixed: r.fixed && r.offset >= 0 ? true : undefined,
    }));

const arbTasks = fc
  .integer({ min: 0, max: 30 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbTask(i))));
const arbCapacities = fc.array(fc.constantFrom(0, 60, 180, 360), { minLength: 10, maxLength: 10 });

function applied(tasks: readonly Task[], copies: readonly Task[]): Task[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const t of copies) byId.set(t.id, t);
  return [...byId.values()];
}

function loadOn(tasks: readonly Task[], day: string): number {
  return tasks.filter((t) => t.day === day && t.status !== 'skipped').reduce((s, t) => s + t.minutes, 0);
}

describe('replan properties', () => {
  it('changes no stored task, carries each unfinished past task once, never fills a day past its hours', () => {
    fc.assert(
      fc.property(arbTasks, arbCapacities, (tasks, caps) => {
        const capacity = (day: string) =>
          caps[Math.max(0, Math.min(9, Math.round((Date.parse(day) - Date.parse(today)) / 864e5)))] ?? 0;
        const result = replan({ tasks, today, lastDay, capacity });
        const after = applied(tasks, result.copies);

        // Nothing stored changes: the copies are new records, on today or later.
        for (const copy of result.copies) {
          expect(tasks.some((t) => t.id === copy.id)).toBe(false);
          expect(copy.day >= today && copy.day <= lastDay).toBe(true);
        }
        expect(after.slice(0, tasks.length)).toEqual(tasks);
        // Every unfinished past task is carried, lets go (rest, a recurring task that comes back) or is reported.
        const accounted = new Set(
          [...result.moves.map((m) => m.taskId), ...result.expired, ...result.unplaced].map((x) =>
            typeof x === 'string' ? x : x.id,
          ),
        );
        for (const t of tasks.filter((x) => x.day < today && x.status === 'todo')) expect(accounted).toContain(t.id);
        // Run again on what it wrote: nothing more is carried.
        expect(replan({ tasks: after, today, lastDay, capacity }).copies).toEqual([]);
        for (let i = 0; i < 10; i++) {
          const day = addDays(today, i);
          const before = loadOn(tasks, day);
          // A day already over its hours before replanning receives nothing more.
          expect(loadOn(after, day)).toBeLessThanOrEqual(Math.max(before, capacity(day)));
          if (loadOn(after, day) > before) expect(loadOn(after, day)).toBeLessThanOrEqual(capacity(day));
        }
        expect(after).toHaveLength(tasks.length + result.copies.length);
      }),
    );
  });

  it('accounts for every minute of overdue work as moved, expired or reported', () => {
    fc.assert(
      fc.property(arbTasks, arbCapacities, (tasks, caps) => {
        const result = replan({ tasks, today, lastDay, capacity: (d) => caps[Math.abs(d.charCodeAt(9)) % 10] ?? 0 });
        const overdue = tasks.filter((t) => t.day < today && t.status === 'todo');
        const moved = result.moves.reduce((s, m) => s + m.minutes, 0);
        const expired = result.expired.reduce((s, t) => s + t.minutes, 0);
        expect(moved + expired + result.unplacedMinutes).toBe(overdue.reduce((s, t) => s + t.minutes, 0));
        for (const m of result.moves) expect(m.to >= today && m.to <= lastDay).toBe(true);
        expect(result.choices.length > 0).toBe(result.unplacedMinutes > 0);
      }),
    );
  });
});
