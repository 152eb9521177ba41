// The one set of limits: the exam date at most three years ahead (with a remade plan's span bounded too), the same
// rule for stored settings, and day loops that refuse a range no plan could have.
import { describe, expect, it } from 'vitest';
import { parseBackup, toBackup } from '../../../lib/domain/backup';
import { dayRange, MAX_RANGE_DAYS, addDays } from '../../../lib/domain/day';
import {
  examDateLimitProblem,
  latestExamDate,
  MAX_PLAN_SPAN_DAYS,
  storedExamDateProblem,
} from '../../../lib/domain/limits';
import { assessPlanInput, planInputFromSettings } from '../../../lib/domain/planner';
import { defaultSettings } from '../../../lib/domain/settings';
import { sampleBackup } from './backup/sample-backup';

const today = '2026-12-02';

describe('the exam date limit', () => {
  it('accepts the last day three years ahead and refuses the next', () => {
    expect(latestExamDate(today)).toBe('2029-12-02');
    expect(examDateLimitProblem('2029-12-02', today)).toBeNull();
    expect(examDateLimitProblem('2029-12-03', today)).toMatch(
      /more than 3 years ahead; please check the year \(the latest date a plan can aim for is Sun 2 Dec 2029\)/,
    );
  });

  it.each(['2127-01-20', '9000-12-31', '9999-12-31'])(
    'refuses %s in the planner, so in onboarding and the save service',
    (examDate) => {
      const input = planInputFromSettings(
        { ...structuredClone(defaultSettings), examDate, weekdayMinutes: [360, 360, 360, 360, 360, 360, 0] },
        today,
        'p',
      );
      expect(assessPlanInput(input)).toEqual([
        { field: 'examDate', message: expect.stringMatching(/more than 3 years ahead/) },
      ]);
    },
  );

  it('bounds a remade plan from its first day too', () => {
    const start = addDays(today, -(MAX_PLAN_SPAN_DAYS - 365));
    expect(examDateLimitProblem(addDays(today, 365), today, start)).toBeNull();
    expect(examDateLimitProblem(addDays(today, 366), today, start)).toMatch(/a plan covers at most 6 years/);
  });

  it('checks stored settings against the day they were saved', () => {
    const saved = { startDate: '2026-11-01', updatedAt: '2026-11-01T10:00:00.000Z' };
    expect(storedExamDateProblem({ ...saved, examDate: '2029-11-01' })).toBeNull();
    expect(storedExamDateProblem({ ...saved, examDate: '2029-11-03' })).toMatch(/more than 3 years ahead/);
    expect(storedExamDateProblem({ examDate: '2027-01-01', startDate: '', updatedAt: '' })).toMatch(
      /needs the plan's start date/,
    );
  });
});

describe('backups keep to the same limits', () => {
  const file = (change: (b: ReturnType<typeof sampleBackup>) => void) => {
    const b = sampleBackup();
    change(b);
    return JSON.stringify(toBackup(b, ''));
  };

  it('refuses an exam date more than three years after the settings were saved', () => {
    const result = parseBackup(file((b) => (b.settings = { ...b.settings, examDate: '9999-12-31' })));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^settings\.examDate: Fri 31 Dec 9999 is more than 3 years ahead/),
    });
  });

  it('refuses a task dated after the exam', () => {
    const result = parseBackup(file((b) => (b.tasks[2] = { ...b.tasks[2]!, day: addDays(b.settings.examDate, 1) })));
    expect(result).toMatchObject({
      ok: false,
      message: `tasks[2].day: must be within the plan, on or before the exam date ${sampleBackup().settings.examDate}`,
    });
  });
});

describe('day loops', () => {
  it('refuse a range longer than any plan instead of looping for minutes', () => {
    expect(dayRange('2026-01-01', addDays('2026-01-01', MAX_RANGE_DAYS))).toHaveLength(MAX_RANGE_DAYS + 1);
    expect(() => dayRange('2026-01-01', '9999-12-31')).toThrow(RangeError);
  });
});
