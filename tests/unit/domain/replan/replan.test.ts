import { describe, expect, it } from 'vitest';
import { pastDayName, replan, replanSummary } from '../../../../lib/domain/replan';
import { task, threeHours } from './replan-fixture';

const today = '2026-11-25'; // a Wednesday

describe('replan', () => {
  it('carries a copy of an unfinished block to the next day with free time, and leaves the block on its day', () => {
    const tasks = [
      task('2026-11-23', { id: 'old', minutes: 60 }),
      task(today, { minutes: 180 }),
      task('2026-11-26', { minutes: 90 }),
    ];
    const result = replan({ tasks, today, lastDay: '2026-12-10', capacity: threeHours });
    expect(result.moves).toEqual([
      {
        taskId: 'old',
        copyId: 'old>2026-11-26',
        title: tasks[0]!.title,
        minutes: 60,
        from: '2026-11-23',
        to: '2026-11-26',
      },
    ]);
    expect(result.copies).toEqual([
      { ...tasks[0], id: 'old>2026-11-26', day: '2026-11-26', movedFrom: '2026-11-23', order: 1 },
    ]);
  });

  it('carries nothing twice: a task with a later copy, or dated before the last replan, stays where it is', () => {
    const tasks = [
      task('2026-11-20', { id: 'ancient' }),
      task('2026-11-23', { id: 'carried' }),
      task('2026-11-24', { id: 'carried>2026-11-24', movedFrom: '2026-11-23', status: 'done' }),
      task('2026-11-24', { id: 'again', movedFrom: '2026-11-22' }),
    ];
    const result = replan({ tasks, today, lastDay: '2026-12-10', capacity: threeHours, since: '2026-11-23' });
    expect(result.moves.map((m) => m.copyId)).toEqual([`again>${today}`]);
    expect(result.copies[0]).toMatchObject({ movedFrom: '2026-11-22' });
    const rerun = replan({ tasks: [...tasks, ...result.copies], today, lastDay: '2026-12-10', capacity: threeHours });
    expect(rerun.moves.map((m) => m.taskId)).toEqual(['ancient']);
  });

  it('starts the copy fresh: the tick time and focus time stay with the record they belong to', () => {
    const tasks = [task('2026-11-24', { id: 'half', focusMinutes: 25, completedAt: '' })];
    const [copy] = replan({ tasks, today, lastDay: today, capacity: threeHours }).copies;
    expect(copy).not.toHaveProperty('focusMinutes');
    expect(copy).not.toHaveProperty('completedAt');
  });

  it('places the most important work first when room is short', () => {
    const tasks = [
      task('2026-11-24', { id: 'nice', priority: 5, minutes: 120 }),
      task('2026-11-24', { id: 'must', priority: 1, minutes: 120 }),
    ];
    const result = replan({ tasks, today, lastDay: today, capacity: threeHours });
    expect(result.moves.map((m) => m.taskId)).toEqual(['must']);
    expect(result.unplaced).toEqual([tasks[0]]);
    expect(result.unplacedMinutes).toBe(120);
  });

  it('never piles work onto a day already at its hours, and offers choices instead', () => {
    const tasks = [
      task('2026-11-24', { id: 'late', minutes: 30 }),
      task(today, { minutes: 180 }),
      task('2026-11-26', { minutes: 180, priority: 4 }),
    ];
    const result = replan({ tasks, today, lastDay: '2026-11-26', capacity: threeHours });
    expect(result.moves).toEqual([]);
    expect(result.unplaced).toEqual([tasks[0]]);
    expect(result.choices).toEqual([
      { kind: 'add-hours', minutes: 30 },
      { kind: 'drop-lower-priority', minutes: 30 },
      { kind: 'move-exam-date' },
    ]);
  });

  it('keeps a practice exam ahead on its date', () => {
    const exam = task('2026-11-27', { id: 'exam', kind: 'practice-exam', fixed: true, minutes: 150 });
    const result = replan({
      tasks: [task('2026-11-24', { minutes: 60 }), exam],
      today,
      lastDay: '2026-12-01',
      capacity: threeHours,
    });
    expect(result.copies.some((t) => t.id.startsWith('exam'))).toBe(false);
  });

  it('lets a past evening reflection go when another one comes later', () => {
    const title = 'Evening reflection';
    const tasks = [
      task('2026-11-24', { id: 'old', kind: 'reflection', title, minutes: 10 }),
      task(today, { kind: 'reflection', title, minutes: 10 }),
    ];
    const result = replan({ tasks, today, lastDay: today, capacity: threeHours });
    expect(result.expired).toEqual([tasks[0]]);
    expect(result.moves).toEqual([]);
  });

  it('carries a missed block forward even when a block with the same title comes later', () => {
    const tasks = [
      task('2026-11-24', { id: 'old', title: 'Mixed timed block' }),
      task('2026-11-26', { title: 'Mixed timed block' }),
    ];
    const result = replan({ tasks, today, lastDay: '2026-11-26', capacity: threeHours });
    expect(result.moves.map((m) => m.taskId)).toEqual(['old']);
  });

  it('keeps the first planned day and the root id when a copy is carried a second time', () => {
    const tasks = [task('2026-11-24', { id: 'twice>2026-11-24', movedFrom: '2026-11-20' })];
    const result = replan({ tasks, today, lastDay: today, capacity: threeHours });
    expect(result.copies[0]).toMatchObject({ id: `twice>${today}`, day: today, movedFrom: '2026-11-20' });
  });

  it('says what moved and what did not fit in plain words', () => {
    const tasks = [
      task('2026-11-23', { minutes: 60 }),
      task('2026-11-23', { minutes: 60 }),
      task('2026-11-24', { minutes: 60 }),
      task('2026-11-24', { minutes: 40, priority: 5 }),
    ];
    const result = replan({ tasks, today, lastDay: today, capacity: threeHours });
    expect(replanSummary(result, today)).toEqual([
      '3 tasks moved from Monday and Tuesday into free time ahead.',
      '40 min did not fit before the exam. Your choices: add 40 min of study time over the coming days or move the exam date, if your booking and school allow it.',
    ]);
  });

  it('names missed days by weekday within the week and by date before that', () => {
    expect(pastDayName('2026-11-19', today)).toBe('Thursday');
    expect(pastDayName('2026-11-18', today)).toBe('Wed 18 Nov');
  });
});
