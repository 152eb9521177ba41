import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../lib/domain/settings';
import {
  countdownText,
  dayProgress,
  isLowScore,
  missedDays,
  nextPracticeExam,
  phaseNameOn,
  streakDays,
  studiedDays,
  weekProgress,
} from '../../../../lib/domain/today';
import type { Assessment, QuestionLog, Task } from '../../../../lib/domain/types';

const task = (day: string, order: number, fields: Partial<Task> = {}): Task => ({
  id: `${day}-${order}`,
  day,
  kind: 'question-block',
  title: `Task ${order}`,
  minutes: 60,
  status: 'todo',
  order,
  priority: 2,
  ...fields,
});
const exam = (day: string, percentCorrect: number, passProbability?: number): Assessment => ({
  id: day,
  day,
  formId: 'nbme-30',
  percentCorrect,
  passProbability,
  createdAt: `${day}T12:00:00Z`,
});

describe('countdownText', () => {
  it.each([
    [12, '12 days to your exam'],
    [2, '2 days to your exam'],
    [1, '1 day to your exam'],
  ])('%i days reads "%s"', (days, text) => {
    expect(countdownText(days)).toBe(text);
    expect(text).toMatch(/\d+ days? to (your )?exam/);
  });

  it('says when the date is only a target', () => {
    expect(countdownText(30, false)).toBe('30 days to your exam (target date, not booked yet)');
  });
});

describe('phaseNameOn', () => {
  it('names the phase of the day in the plan', () => {
    expect(phaseNameOn('2026-11-01', '2026-11-01', '2027-01-15').name).toBe('Reset');
    expect(phaseNameOn('2026-11-20', '2026-11-01', '2027-01-15').name).toBe('Rebuild');
    expect(phaseNameOn('2027-01-12', '2026-11-01', '2027-01-15').name).toBe('Final stretch');
  });
});

describe('nextPracticeExam', () => {
  it('is the first practice exam still to sit from today on', () => {
    const tasks = [
      task('2026-11-20', 0, { kind: 'practice-exam', title: 'Old form' }),
      task('2026-11-28', 0, { kind: 'practice-exam', title: 'NBME form 30' }),
      task('2026-12-05', 0, { kind: 'practice-exam', title: 'Later form' }),
      task('2026-11-26', 0, { kind: 'practice-exam', title: 'Done already', status: 'done' }),
    ];
    expect(nextPracticeExam(tasks, '2026-11-25')).toEqual({ day: '2026-11-28', title: 'NBME form 30', inDays: 3 });
    expect(nextPracticeExam([], '2026-11-25')).toBeNull();
  });
});

describe('day and week progress', () => {
  const tasks = [
    task('2026-11-23', 0, { status: 'done', questions: 40 }), // Monday
    task('2026-11-25', 0, { status: 'done', questions: 40, minutes: 60 }),
    task('2026-11-25', 1, { minutes: 90, kind: 'content-review' }),
    task('2026-11-25', 2, { minutes: 30, questions: 20 }),
    task('2026-11-25', 3, { minutes: 45, status: 'skipped' }),
    task('2026-11-29', 0, { minutes: 0, kind: 'rest' }), // Sunday
    task('2026-11-30', 0, { minutes: 60, questions: 40 }), // next Monday
  ];

  // Issue 12: the meters count what was logged (40 questions, 28 correct), not the planned size of the ticked block.
  const log = (
    id: string,
    day: string,
    questions: number,
    correct: number,
    fields: Partial<QuestionLog> = {},
  ): QuestionLog => ({
    id,
    day,
    questions,
    correct,
    mode: 'timed',
    areaIds: [],
    minutes: 45,
    createdAt: `${day}T10:00:00.000Z`,
    ...fields,
  });
  const logs = [
    log('a', '2026-11-25', 40, 28, { taskId: '2026-11-25-0' }),
    log('b', '2026-11-25', 20, 14),
    log('c', '2026-11-23', 10, 5, { taskId: '2026-11-23-0' }),
  ];

  it('counts studied minutes and the questions logged with their accuracy for the day, skipped and rest left out', () => {
    // The ticked block counts the 45 minutes logged against it (not its 60-minute estimate), once; the block logged
    // without a task adds its own 45.
    expect(dayProgress(tasks, logs, '2026-11-25')).toEqual({
      minutesDone: 90,
      minutesPlanned: 180,
      questionsDone: 60,
      correctDone: 42,
      questionsPlanned: 60,
      tasksDone: 1,
      tasksPlanned: 3,
    });
  });

  it('counts a done task by its focus time when a focus block was run on it', () => {
    expect(
      dayProgress([task('2026-11-25', 0, { status: 'done', minutes: 60, focusMinutes: 25 })], [], '2026-11-25')
        .minutesDone,
    ).toBe(25);
  });

  it('counts the week from Monday to Sunday', () => {
    expect(weekProgress(tasks, logs, '2026-11-25')).toMatchObject({
      minutesDone: 135,
      minutesPlanned: 240,
      questionsDone: 70,
      correctDone: 47,
      questionsPlanned: 100,
      tasksPlanned: 4,
    });
  });
});

describe('streaks and missed days', () => {
  // Sundays off; plan from Monday 16 Nov.
  const settings = { ...defaultSettings, startDate: '2026-11-16', weekdayMinutes: [360, 360, 360, 360, 360, 240, 0] };
  const done = (...days: string[]) => studiedDays(days.map((d) => task(d, 0, { status: 'done' })));

  it('counts study days in a row, stepping over days off', () => {
    // Fri 20, Sat 21, (Sun 22 off), Mon 23, Tue 24 -> 4 before Wednesday 25.
    expect(streakDays(settings, done('2026-11-20', '2026-11-21', '2026-11-23', '2026-11-24'), '2026-11-25')).toBe(4);
    expect(
      streakDays(settings, done('2026-11-20', '2026-11-21', '2026-11-23', '2026-11-24', '2026-11-25'), '2026-11-25'),
    ).toBe(5);
  });

  it('breaks a streak at a study day with nothing done', () => {
    expect(streakDays(settings, done('2026-11-20', '2026-11-24'), '2026-11-25')).toBe(1);
  });

  it('counts missed study days back to the last studied day or the plan start', () => {
    expect(missedDays(settings, done('2026-11-20'), '2026-11-25')).toBe(3); // Sat 21, Mon 23, Tue 24
    expect(missedDays(settings, done(), '2026-11-18')).toBe(2); // Mon 16, Tue 17
    expect(missedDays(settings, done('2026-11-24'), '2026-11-25')).toBe(0);
  });
});

describe('isLowScore (like with like, issue 11 rule 7)', () => {
  const levels = { passProbability: 90, free120Percent: 70 };
  const form = (formId: string, day: string, percentCorrect: number, passProbability?: number): Assessment => ({
    ...exam(day, percentCorrect, passProbability),
    formId,
  });

  it('compares an NBME form by its probability of passing with the go-ahead probability, not with a coin flip', () => {
    // Regression: 70% counted as fine against the old 50% rule; a retaker's go-ahead level is 90 by default.
    expect(isLowScore([exam('2026-11-24', 62, 70)], levels)).toBe(true);
    expect(isLowScore([exam('2026-11-24', 62, 92)], levels)).toBe(false);
    expect(isLowScore([exam('2026-11-24', 62, 80)], { ...levels, passProbability: 75 })).toBe(false);
  });

  it('compares the Free 120 by percent correct with its own level, never an NBME percent', () => {
    expect(isLowScore([form('free-120', '2026-11-24', 66)], levels)).toBe(true);
    expect(isLowScore([form('free-120', '2026-11-24', 72)], levels)).toBe(false);
    // Regression: 66% correct on an NBME used to count as low against a 70% percent level set for the Free 120.
    expect(isLowScore([exam('2026-11-10', 66), exam('2026-11-24', 66)], levels)).toBe(false);
  });

  it('notices a drop of 3 points from the form of the same kind before, when no level applies', () => {
    expect(isLowScore([form('uwsa1', '2026-11-10', 66), form('uwsa2', '2026-11-24', 63)], levels)).toBe(true);
    expect(isLowScore([form('uwsa1', '2026-11-10', 64), form('uwsa2', '2026-11-24', 63)], levels)).toBe(false);
    // A Free 120 (a different scale) between two UWorld forms is not "the form before".
    expect(
      isLowScore(
        [form('uwsa1', '2026-11-10', 64), form('free-120', '2026-11-17', 80), form('uwsa2', '2026-11-24', 63)],
        levels,
      ),
    ).toBe(false);
    expect(isLowScore([], levels)).toBe(false);
  });
});
