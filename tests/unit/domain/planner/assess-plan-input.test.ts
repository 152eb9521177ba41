import { describe, expect, it } from 'vitest';
import { assessPlanInput } from '../../../../lib/domain/planner';
import { plab1Profile } from '../../../../lib/domain/profiles/others';
import { step1Input } from './plan-input-fixture';

describe('assessPlanInput', () => {
  it('finds nothing wrong with a usual full-time retake', () => {
    expect(assessPlanInput(step1Input())).toEqual([]);
  });

  it('says plainly what is still possible when the exam is fewer than 7 days away', () => {
    const problems = assessPlanInput(step1Input({ examDate: '2026-11-29' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('examDate');
    expect(problems[0]!.message).toMatch(/^Your exam is in 4 days, which is too close for a retake plan\./);
    expect(problems[0]!.message).toMatch(/Free 120 under exam conditions/);
  });

  it('does not offer the Free 120 for an exam that has no such sample test', () => {
    const message = assessPlanInput(
      step1Input({ profile: plab1Profile, practiceFormIds: [], examDate: '2026-11-28' }),
    )[0]!.message;
    expect(message).toMatch(/^Your exam is in 3 days/);
    expect(message).toMatch(/take one practice exam under exam conditions/);
  });

  it("asks for a date after the start when the exam is today or earlier, in the form's words", () => {
    expect(assessPlanInput(step1Input({ examDate: '2026-11-25' }))[0]).toEqual({
      field: 'examDate',
      message: 'The exam date (Wed 25 Nov 2026) is not in the future; choose a day after today.',
    });
  });

  it('asks for an exam date when none is set', () => {
    expect(assessPlanInput(step1Input({ examDate: '' }))[0]?.field).toBe('examDate');
  });

  it('says how many hours are needed and how many the week has, after the parallel track', () => {
    const problems = assessPlanInput(
      step1Input({
        weekdayMinutes: [120, 120, 120, 120, 120, 120, 0],
        parallelTrack: { kind: 'clinical', hoursPerWeek: 4 },
      }),
    );
    expect(problems).toContainEqual({
      field: 'weekdayMinutes',
      message:
        'A retake plan needs at least 10 hours of study a week; your week has 8 hours (12 hours before the 4 hours ' +
        'of your parallel track). Adding an hour or two on a few days, or a later exam date, gives the plan room to work.',
    });
  });

  it('asks for some study time when every day is a day off', () => {
    expect(assessPlanInput(step1Input({ weekdayMinutes: [0, 0, 0, 0, 0, 0, 0] }))[0]?.message).toMatch(
      /Every day is a day off/,
    );
  });

  it('rejects minutes outside 0 to 1440 and weeks without 7 days', () => {
    expect(assessPlanInput(step1Input({ weekdayMinutes: [360, -5, 360, 360, 360, 240, 0] }))[0]?.field).toBe(
      'weekdayMinutes',
    );
    expect(assessPlanInput(step1Input({ weekdayMinutes: [360, 360] }))[0]?.field).toBe('weekdayMinutes');
  });

  it('asks for a whole, non-negative number of questions left', () => {
    expect(assessPlanInput(step1Input({ questionBankLeft: -1 }))).toEqual([
      { field: 'questionBankLeft', message: 'Questions left must be a whole number, 0 or more.' },
    ]);
  });

  // Issue 11, rule 3: it used to refuse a form longer than the longest day; the planner now splits it over two days.
  it('never refuses a form for its length, even on 3-hour days', () => {
    expect(
      assessPlanInput(
        step1Input({ weekdayMinutes: [300, 300, 300, 300, 240, 0, 0], practiceFormIds: ['nbme-30', 'uwsa2'] }),
      ),
    ).toEqual([]);
    expect(
      assessPlanInput(step1Input({ weekdayMinutes: Array(7).fill(180), practiceFormIds: ['nbme-30', 'free-120'] })),
    ).toEqual([]);
  });

  it('flags a form id the exam profile does not know', () => {
    expect(assessPlanInput(step1Input({ practiceFormIds: ['nbme-99'] }))[0]?.message).toMatch(
      /"nbme-99" is not a practice exam we know for USMLE Step 1/,
    );
  });
});
