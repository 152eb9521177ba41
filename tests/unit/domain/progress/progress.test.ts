import { describe, expect, it } from 'vitest';
import {
  heatWeeks,
  latestMood,
  questionsByArea,
  questionsByWeek,
  studiedMinutesByDay,
  supportNudge,
  tasksByWeek,
} from '../../../../lib/domain/progress';
import type { QuestionLog, Task } from '../../../../lib/domain/types';

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
const log = (day: string, questions: number, correct: number, areaIds: string[], taskId?: string): QuestionLog => ({
  id: `${day}${correct}`,
  day,
  questions,
  correct,
  mode: 'timed',
  areaIds,
  minutes: 45,
  createdAt: `${day}T09:00:00Z`,
  taskId,
});

describe('progress aggregations', () => {
  it('counts a done task by its focus time and a loose block by its own minutes, never both', () => {
    const tasks = [
      task('a', '2026-11-23', { status: 'done', focusMinutes: 50 }),
      task('b', '2026-11-23', { status: 'done' }),
      task('c', '2026-11-23'),
    ];
    const logs = [log('2026-11-23', 20, 14, [], 'a'), log('2026-11-24', 20, 12, [])];
    expect([...studiedMinutesByDay(tasks, logs)]).toEqual([
      ['2026-11-23', 110],
      ['2026-11-24', 45],
    ]);
  });

  it('lays days out in Monday-first weeks with a level by hours', () => {
    const weeks = heatWeeks(
      new Map([
        ['2026-11-24', 130],
        ['2026-11-30', 400],
      ]),
      '2026-11-24',
      '2026-12-01',
    );
    expect(weeks.map((w) => w.length)).toEqual([7, 2]);
    expect(weeks[0]![1]).toEqual({ day: '2026-11-24', minutes: 130, level: 2 });
    expect(weeks[1]![0]!.level).toBe(4);
  });

  it('totals questions and percent correct per week and per area', () => {
    const logs = [log('2026-11-23', 40, 24, ['cardio', 'renal']), log('2026-11-30', 20, 15, ['cardio'])];
    expect(questionsByWeek(logs)).toEqual([
      { key: '2026-11-23', questions: 40, correct: 24, percent: 60 },
      { key: '2026-11-30', questions: 20, correct: 15, percent: 75 },
    ]);
    // Issue 12: a block logged with two areas stays one block; it is not split 20/20 between them.
    expect(questionsByArea([...logs, log('2026-12-01', 10, 5, ['renal', 'cardio'])])).toEqual([
      { key: 'cardio+renal', questions: 50, correct: 29, percent: 58 },
      { key: 'cardio', questions: 20, correct: 15, percent: 75 },
    ]);
    // It is split only when the student entered a count per area.
    const counted: QuestionLog = {
      ...log('2026-12-02', 40, 24, ['cardio', 'renal']),
      areaCounts: [
        { areaId: 'cardio', questions: 30, correct: 15 },
        { areaId: 'renal', questions: 10, correct: 9 },
      ],
    };
    expect(questionsByArea([logs[1]!, counted])).toEqual([
      { key: 'cardio', questions: 50, correct: 30, percent: 60 },
      { key: 'renal', questions: 10, correct: 9, percent: 90 },
    ]);
  });

  it('compares tasks done with tasks planned up to today, leaving rest days out', () => {
    const tasks = [
      task('a', '2026-11-23', { status: 'done' }),
      task('b', '2026-11-24'),
      task('r', '2026-11-24', { kind: 'rest' }),
      task('f', '2026-11-30'),
    ];
    expect(tasksByWeek(tasks, '2026-11-25')).toEqual([{ week: '2026-11-23', planned: 2, done: 1 }]);
  });

  it('counts a missed task and the copy that carries it as one piece of work, on the copy once its day has come', () => {
    const tasks = [
      task('a', '2026-11-23'),
      task('a>2026-11-25', '2026-11-25', { status: 'done', movedFrom: '2026-11-23' }),
      task('b', '2026-11-27'),
      task('b>2026-11-30', '2026-11-30', { movedFrom: '2026-11-27' }),
    ];
    // On the 28th, b's copy is still ahead: b counts as missed in its own week.
    expect(tasksByWeek(tasks, '2026-11-28')).toEqual([{ week: '2026-11-23', planned: 2, done: 1 }]);
    // On the 30th, b has moved into the new week with its copy.
    expect(tasksByWeek(tasks, '2026-11-30')).toEqual([
      { week: '2026-11-23', planned: 1, done: 1 },
      { week: '2026-11-30', planned: 1, done: 0 },
    ]);
  });

  it('suggests reaching out after two weeks without a done check-in', () => {
    const supporters = [{ name: 'Dr. Okafor', role: 'advisor' as const }];
    expect(supportNudge([], supporters, '2026-11-01', '2026-11-25')).toMatch(/Dr\. Okafor/);
    expect(
      supportNudge(
        [task('s', '2026-11-20', { kind: 'support', status: 'done' })],
        supporters,
        '2026-11-01',
        '2026-11-25',
      ),
    ).toBeNull();
    expect(supportNudge([], supporters, '2026-11-20', '2026-11-25')).toBeNull();
  });

  it('reads the latest evening mood', () => {
    const entry = (day: string, mood: number) => ({
      id: day,
      day,
      wentWell: '',
      hard: '',
      mood,
      createdAt: `${day}T21:00:00Z`,
    });
    expect(latestMood([entry('2026-11-24', 2), entry('2026-11-23', 5)])).toEqual({ day: '2026-11-24', mood: 2 });
    expect(latestMood([])).toBeNull();
  });
});
