import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../lib/domain/day';
import {
  EXTRA_MINUTES,
  areaPerformance,
  bandsWithPerformance,
  reweightPlan,
  weakAreas,
} from '../../../../lib/domain/performance';
import type { QuestionLog, Task } from '../../../../lib/domain/types';

const today = '2026-11-25';
const log = (day: string, areaIds: string[], questions: number, correct: number): QuestionLog => ({
  id: `${day}${areaIds.join()}${correct}`,
  day,
  questions,
  correct,
  mode: 'timed',
  areaIds,
  minutes: 30,
  createdAt: `${day}T09:00:00Z`,
});
const task = (id: string, day: string, areaIds: string[], fields: Partial<Task> = {}): Task => ({
  id,
  day,
  kind: 'content-review',
  title: id,
  minutes: 60,
  status: 'todo',
  order: 0,
  priority: 2,
  areaIds,
  ...fields,
});

describe('performance re-weighting', () => {
  it('finds an area the student keeps scoring below 60% in', () => {
    const logs = [
      log('2026-11-20', ['cardio'], 20, 10),
      log('2026-11-22', ['cardio'], 20, 11),
      log('2026-11-22', ['renal'], 20, 16),
    ];
    expect(weakAreas(areaPerformance(logs, today))).toEqual(['cardio']);
  });

  it('does not call one bad block a pattern', () => {
    expect(weakAreas(areaPerformance([log('2026-11-24', ['cardio'], 40, 10)], today))).toEqual([]);
  });

  it('forgets blocks older than three weeks', () => {
    const logs = [log('2026-10-20', ['cardio'], 20, 5), log('2026-10-21', ['cardio'], 20, 5)];
    expect(areaPerformance(logs, today)).toEqual([]);
  });

  it('raises a weak area to the lower band for the planner', () => {
    const logs = [log('2026-11-20', ['cardio'], 20, 10), log('2026-11-22', ['cardio'], 20, 10)];
    expect(bandsWithPerformance({ cardio: 'higher', renal: 'same' }, areaPerformance(logs, today))).toEqual({
      cardio: 'lower',
      renal: 'same',
    });
  });

  it('gives the coming tasks of a weak area more time, once, within free time', () => {
    const tasks = [
      task('a', today, ['cardio']),
      task('b', '2026-11-26', ['renal']),
      task('c', '2026-11-27', ['cardio'], { minutes: 180 }),
    ];
    const changed = reweightPlan({ tasks, weakAreaIds: ['cardio'], today, capacity: () => 180 });
    expect(changed.map((t) => [t.id, t.minutes, t.performanceMinutes])).toEqual([['a', 75, EXTRA_MINUTES]]);
    expect(reweightPlan({ tasks: [changed[0]!], weakAreaIds: ['cardio'], today, capacity: () => 180 })).toEqual([]);
  });

  it('never fills a day past its hours', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            offset: fc.integer({ min: 0, max: 20 }),
            minutes: fc.integer({ min: 0, max: 200 }),
            weak: fc.boolean(),
          }),
          { maxLength: 25 },
        ),
        fc.integer({ min: 0, max: 400 }),
        (specs, cap) => {
          const tasks = specs.map((s, i) =>
            task(`t${i}`, addDays(today, s.offset), [s.weak ? 'cardio' : 'renal'], { minutes: s.minutes }),
          );
          const changed = reweightPlan({ tasks, weakAreaIds: ['cardio'], today, capacity: () => cap });
          const byId = new Map(changed.map((t) => [t.id, t]));
          const after = tasks.map((t) => byId.get(t.id) ?? t);
          for (const t of changed) {
            const dayLoad = after.filter((x) => x.day === t.day).reduce((s, x) => s + x.minutes, 0);
            expect(dayLoad).toBeLessThanOrEqual(cap);
            expect(t.areaIds).toContain('cardio');
          }
        },
      ),
    );
  });
});
