import { describe, expect, it } from 'vitest';
import {
  actionAt,
  eveningCopy,
  formatMinutes,
  morningCopy,
  notificationActions,
  practiceEveCopy,
  studyStartCopy,
} from '../../../../lib/domain/alarms';
import type { Task } from '../../../../lib/domain/types';

const task = (order: number, fields: Partial<Task> = {}): Task => ({
  id: `t${order}`,
  day: '2026-11-25',
  kind: 'question-block',
  title: `Task ${order}`,
  minutes: 60,
  status: 'todo',
  order,
  priority: 2,
  ...fields,
});

describe('reminder copy', () => {
  it.each([
    [45, '45 min'],
    [60, '1 h'],
    [390, '6 h 30 min'],
  ])('writes %i minutes as %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  it('sums a day of five tasks into hours and questions', () => {
    const day = [
      task(0, { questions: 40 }),
      task(1, { questions: 40 }),
      task(2, { minutes: 120 }),
      task(3),
      task(4, { minutes: 60 }),
    ];
    expect(morningCopy(day).title).toBe('Today: 5 tasks, 6 h, 80 questions');
  });

  it('leaves questions out of a day without any', () => {
    expect(morningCopy([task(0, { kind: 'content-review', minutes: 90 })]).title).toBe('Today: 1 task, 1 h 30 min');
  });

  it('counts what is done in the evening review', () => {
    expect(eveningCopy([task(0, { status: 'done' }), task(1)]).message).toMatch(/^1 of 2 tasks done today\./);
  });

  it('names the next undone task at a study start and has nothing to say when all is done', () => {
    expect(
      studyStartCopy([task(0, { status: 'done' }), task(1, { title: 'Renal review', minutes: 45 })])?.message,
    ).toBe('Next: Renal review (45 min).');
    expect(studyStartCopy([task(0, { status: 'done' })])).toBeNull();
  });

  it('names the practice exam and what to prepare the evening before', () => {
    expect(practiceEveCopy(task(0, { kind: 'practice-exam', title: 'NBME 31' })).message).toMatch(
      /^NBME 31\. Tonight: check your login and timer/,
    );
  });
});

describe('notification buttons', () => {
  it('offers ten more minutes and stop on a finished block, snooze on the morning plan', () => {
    expect(notificationActions('focus-end:s1')).toEqual(['focus-more', 'stop']);
    expect(actionAt('morning:2026-11-26', 0)).toBe('snooze');
    expect(actionAt('morning:2026-11-26', 1)).toBeUndefined();
    expect(notificationActions('focus-paused:s1')).toEqual(['resume', 'stop']);
  });
});
