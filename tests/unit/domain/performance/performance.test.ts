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
import { areaCountProblem, areaShares } from '../../../../lib/domain/performance/area-shares';
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

describe('per-area counts', () => {
  it('use the counts the student entered for a block of several areas instead of equal shares', () => {
    // 40 questions, 28 right: shared equally that is 70% in each; entered, cardio is weak (8 of 20) and pharm strong.
    const mixed = log('2026-11-24', ['cardio', 'pharm'], 40, 28);
    expect(areaPerformance([mixed], today).map((a) => [a.areaId, a.percent])).toEqual([
      ['cardio', 70],
      ['pharm', 70],
    ]);
    const counted: QuestionLog = {
      ...mixed,
      areaCounts: [
        { areaId: 'cardio', questions: 20, correct: 8 },
        { areaId: 'pharm', questions: 20, correct: 20 },
      ],
    };
    expect(areaPerformance([counted], today)).toEqual([
      { areaId: 'cardio', blocks: 1, questions: 20, correct: 8, percent: 40 },
      { areaId: 'pharm', blocks: 1, questions: 20, correct: 20, percent: 100 },
    ]);
    expect(weakAreas(areaPerformance([counted, { ...counted, id: 'again' }], today))).toEqual(['cardio']);
  });

  it('say why counts cannot stand for the block, and are not used then', () => {
    const base = { areaIds: ['cardio', 'pharm'], questions: 40, correct: 28 };
    expect(
      areaCountProblem({
        ...base,
        areaCounts: [
          { areaId: 'cardio', questions: 20, correct: 8 },
          { areaId: 'pharm', questions: 20, correct: 19 },
        ],
      }),
    ).toBe("The areas' right answers add up to 27, not the block's 28.");
    expect(areaCountProblem({ ...base, areaCounts: [{ areaId: 'cardio', questions: 40, correct: 28 }] })).toBe(
      'Give a count for each area ticked, once.',
    );
    const odd = { ...base, areaCounts: [{ areaId: 'cardio', questions: 40, correct: 28 }] };
    expect(areaShares(odd).map((s) => s.questions)).toEqual([20, 20]);
  });
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
