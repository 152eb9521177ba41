import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_FROM, failedFormatOf, formatOn } from '../../../../lib/domain/profiles/exam-formats';
import { examProfile } from '../../../../lib/domain/profiles';
import { defaultSettings } from '../../../../lib/domain/settings';
import { isLightDay, logsShowPreparation, messageFactsOf } from '../../../../lib/domain/today/message-facts';
import type { Assessment, Attempt, QuestionLog, Task } from '../../../../lib/domain/types';

const task = (fields: Partial<Task>): Task => ({
  id: `t-${Math.random()}`,
  day: '2026-11-25',
  kind: 'question-block',
  title: 'Block',
  minutes: 60,
  status: 'todo',
  order: 0,
  priority: 2,
  ...fields,
});
const log = (day: string, questions: number): QuestionLog => ({
  id: `l-${day}-${questions}`,
  day,
  questions,
  correct: 0,
  mode: 'timed',
  areaIds: [],
  minutes: 30,
  createdAt: `${day}T10:00:00.000Z`,
});
const form = (day: string, formId: string): Assessment => ({
  id: `a-${formId}`,
  day,
  formId,
  percentCorrect: 70,
  createdAt: `${day}T10:00:00.000Z`,
});
const attempt = (date: string, outcome: Attempt['outcome'] = 'fail', examId = 'usmle-step1'): Attempt => ({
  id: `at-${date}`,
  examId,
  date,
  outcome,
});

describe('isLightDay: rest-like, or within an hour or 40% of the hours offered that day', () => {
  it.each([
    ['a rest day', [task({ kind: 'rest', minutes: 0 })], 420, true],
    ['nothing planned', [], 420, true],
    ['an hour of work on a 7-hour day', [task({ minutes: 60 })], 420, true],
    ['7 hours of work (issue 11: "Keep today light" on a 7-hour day)', [task({ minutes: 420 })], 420, false],
    ['61 minutes on a 2-hour day (40% is 48: the hour is the limit)', [task({ minutes: 61 })], 120, false],
    ['72 minutes, 40% of a 3-hour day', [task({ minutes: 72 })], 180, true],
    ['73 minutes on a 3-hour day', [task({ minutes: 73 })], 180, false],
    ['a skipped long task does not count', [task({ minutes: 400, status: 'skipped' })], 420, true],
  ] as const)('%s', (_name, tasks, offered, light) => {
    expect(isLightDay(tasks, offered)).toBe(light);
  });
});

describe('logsShowPreparation: the last two weeks logged as the plan asked', () => {
  const today = '2026-11-25';
  const planned = [
    task({ day: '2026-11-15', kind: 'practice-exam', formId: 'nbme-30', questions: undefined }),
    task({ day: '2026-11-20', questions: 60 }),
    task({ day: '2026-11-21', questions: 60 }),
    task({ day: '2026-11-22', questions: 60 }),
  ];
  const base = { today, tasks: planned, assessments: [form('2026-11-15', 'nbme-30')] };

  it('holds with the form logged and two thirds of the questions logged', () => {
    expect(logsShowPreparation({ ...base, logs: [log('2026-11-20', 60), log('2026-11-21', 60)] })).toBe(true);
  });
  it('not when too few questions were logged, whatever was ticked', () => {
    const ticked = planned.map((t) => ({ ...t, status: 'done' as const }));
    expect(logsShowPreparation({ ...base, tasks: ticked, logs: [log('2026-11-20', 60), log('2026-11-21', 59)] })).toBe(
      false,
    );
  });
  it('not when a form the plan set in the fortnight was not logged', () => {
    expect(
      logsShowPreparation({ ...base, assessments: [form('2026-11-01', 'nbme-29')], logs: [log('2026-11-20', 180)] }),
    ).toBe(false);
  });
  it('not with no practice form logged at all', () => {
    expect(logsShowPreparation({ today, tasks: [], assessments: [], logs: [log('2026-11-20', 500)] })).toBe(false);
  });
  it('counts only the fortnight before today', () => {
    const logs = [log('2026-11-10', 180), log(today, 180)];
    expect(logsShowPreparation({ ...base, logs })).toBe(false);
  });
});

describe('failedFormat: the format of the latest failed or incomplete attempt', () => {
  const format = examProfile('usmle-step1').format;
  it('takes Step 1 format change from the profile: 14 May 2026 (step1-profile.json format.current.effectiveFrom)', () => {
    expect(format?.effectiveFrom).toBe('2026-05-14');
    expect(CURRENT_FORMAT_FROM).toBe(format?.effectiveFrom);
    expect(formatOn('2026-05-13')).toBe('previous');
    expect(formatOn('2026-05-14')).toBe('current');
  });
  it.each([
    ['failed on 13 May 2026, the old format', [attempt('2026-05-13')], 'previous'],
    ['failed on 14 May 2026, the new format', [attempt('2026-05-14')], 'current'],
    [
      'an old fail, then an incomplete in the new format',
      [attempt('2025-09-01'), attempt('2026-08-01', 'incomplete')],
      'current',
    ],
    ['a pass is not the attempt failed', [attempt('2025-09-01'), attempt('2026-08-01', 'pass')], 'previous'],
    ['another exam does not count', [attempt('2026-08-01', 'fail', 'usmle-step2ck')], null],
    ['no attempt recorded', [], null],
  ] as const)('%s', (_name, attempts, expected) => {
    expect(failedFormatOf(attempts, 'usmle-step1')).toBe(expected);
  });
  it('is unknown for an exam without dated formats', () => {
    expect(failedFormatOf([attempt('2026-01-08', 'fail', 'comlex-level1')], 'comlex-level1')).toBeNull();
  });
  it("follows the exam's own change day: Step 2 CK's was 7 May 2026 (step2ck-profile.json)", () => {
    expect(failedFormatOf([attempt('2026-05-06', 'fail', 'usmle-step2ck')], 'usmle-step2ck')).toBe('previous');
    expect(failedFormatOf([attempt('2026-05-07', 'fail', 'usmle-step2ck')], 'usmle-step2ck')).toBe('current');
  });
});

describe('messageFactsOf', () => {
  it('reads the weekday offered from the settings (Sunday off is light; a full Monday is not)', () => {
    const settings = { ...defaultSettings, weekdayMinutes: [420, 420, 420, 420, 420, 420, 0] };
    const monday = '2026-11-23';
    const facts = messageFactsOf({
      settings,
      today: monday,
      tasks: [task({ day: monday, minutes: 400 })],
      assessments: [],
      logs: [],
      attempts: [attempt('2026-03-01')],
      latestMood: null,
    });
    expect(facts).toEqual({ lightDay: false, prepared: false, failedFormat: 'previous', hardYesterday: false });
  });

  it('says "yesterday was hard" only of a low mood logged yesterday, not of one logged this evening', () => {
    const base = { settings: defaultSettings, today: '2026-11-25', tasks: [], assessments: [], logs: [], attempts: [] };
    const of = (day: string, mood: number) => messageFactsOf({ ...base, latestMood: { day, mood } }).hardYesterday;
    expect(of('2026-11-24', 2)).toBe(true);
    expect(of('2026-11-25', 1)).toBe(false);
    expect(of('2026-11-24', 3)).toBe(false);
  });
});
