import { describe, expect, it } from 'vitest';
import {
  advanceMisses,
  afterRetest,
  ankiSearch,
  dueMisses,
  firstRetestDay,
  retestTask,
} from '../../../../lib/domain/retest';
import type { Miss } from '../../../../lib/domain/types';

const miss = (fields: Partial<Miss> = {}): Miss => ({
  id: 'm1',
  questionId: '20551',
  reason: 'knowledge',
  loggedOn: '2026-11-25',
  due: '2026-11-27',
  retests: 0,
  ...fields,
});

describe('retest scheduling', () => {
  it('brings a miss back two days after it was logged', () => {
    expect(firstRetestDay('2026-11-25')).toBe('2026-11-27');
  });

  it('schedules the second retest a week after logging once the first is answered right', () => {
    expect(afterRetest(miss(), true, '2026-11-27')).toMatchObject({ retests: 1, due: '2026-12-02' });
  });

  it('never schedules the second retest sooner than two days from a late first retest', () => {
    expect(afterRetest(miss(), true, '2026-12-01').due).toBe('2026-12-03');
  });

  it('retires a miss answered right at both retests', () => {
    expect(afterRetest(miss({ retests: 1 }), true, '2026-12-02')).toMatchObject({ retests: 2, due: undefined });
  });

  it('starts a miss over when it is answered wrong again', () => {
    expect(afterRetest(miss({ retests: 1 }), false, '2026-12-02')).toMatchObject({ retests: 0, due: '2026-12-04' });
  });

  it('lists the misses due on or before a day', () => {
    const list = [
      miss({ id: 'a', due: '2026-11-27' }),
      miss({ id: 'b', due: '2026-11-28' }),
      miss({ id: 'c', due: undefined }),
    ];
    expect(dueMisses(list, '2026-11-27').map((m) => m.id)).toEqual(['a']);
  });

  it('builds a retest task naming the question IDs, about two minutes a question', () => {
    const task = retestTask({
      id: 'r',
      day: '2026-11-27',
      loggedOn: '2026-11-25',
      questionIds: ['1', '2', '3', '4', '5', '6'],
      missIds: ['m1'],
      order: 3,
      round: 1,
    });
    expect(task).toMatchObject({
      kind: 'retest-misses',
      minutes: 12,
      questions: 6,
      title: 'Retest 6 missed questions from 2026-11-25 (round 1)',
    });
    expect(task.detail).toContain('1, 2, 3, 4, 5, 6');
  });
});

describe('advancing misses from done retest tasks', () => {
  const done = (round: number, missIds: string[]) => ({
    ...retestTask({
      id: `r${round}`,
      day: '2026-11-27',
      loggedOn: '2026-11-25',
      questionIds: ['q'],
      missIds,
      order: 0,
      round,
    }),
    status: 'done' as const,
  });

  it('moves a miss to its second retest a week after logging once round 1 is done', () => {
    expect(advanceMisses([miss()], [done(1, ['m1'])])).toEqual([{ ...miss(), retests: 1, due: '2026-12-02' }]);
  });

  it('retires a miss once round 2 is done, and leaves it alone after that', () => {
    const retired = advanceMisses([miss({ retests: 1 })], [done(1, ['m1']), done(2, ['m1'])]);
    expect(retired).toEqual([{ ...miss(), retests: 2, due: undefined }]);
    expect(advanceMisses(retired, [done(1, ['m1']), done(2, ['m1'])])).toEqual([]);
  });

  it('ignores retest tasks that are not done yet', () => {
    expect(advanceMisses([miss()], [{ ...done(1, ['m1']), status: 'todo' }])).toEqual([]);
  });
});

describe('anki search', () => {
  it('joins the question IDs as hierarchical-tag matches', () => {
    expect(ankiSearch(['20551', ' 10432 ', '20551'])).toBe('(tag:*::20551 OR tag:*::10432)');
  });

  it('gives one bare term for one ID and nothing for none', () => {
    expect(ankiSearch(['7'])).toBe('tag:*::7');
    expect(ankiSearch(['  ', '"'])).toBe('');
  });

  it('strips characters that would break the search syntax', () => {
    expect(ankiSearch(['12 34)"'])).toBe('tag:*::1234');
  });
});
