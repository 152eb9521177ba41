import { describe, expect, it } from 'vitest';
import { checkDeadlineFields, type DeadlineDraft } from '../../../../lib/domain/deadlines';

const ctx = { today: '2026-12-02', earliestAttempt: '2027-01-10', stored: { schoolDeadline: '', eligibilityEnd: '' } };
const draft: DeadlineDraft = { schoolDeadline: '2027-06-30', resultWeeks: '6', eligibilityEnd: '2027-03-31' };
const problems = (d: Partial<DeadlineDraft>, c = ctx) => checkDeadlineFields({ ...draft, ...d }, c).problems;

describe('the deadline fields', () => {
  it('give their values when all read, and accept empty dates', () => {
    expect(checkDeadlineFields(draft, ctx)).toEqual({
      problems: [],
      values: { schoolDeadline: '2027-06-30', resultWeeks: 6, eligibilityEnd: '2027-03-31' },
    });
    expect(checkDeadlineFields({ ...draft, schoolDeadline: '', eligibilityEnd: '' }, ctx).values).toEqual({
      schoolDeadline: '',
      resultWeeks: 6,
      eligibilityEnd: '',
    });
  });

  it.each([
    ['a deadline in the past', { schoolDeadline: '2026-11-30' }, 'school-deadline', /is in the past/],
    [
      'a deadline before the earliest allowed attempt',
      { schoolDeadline: '2027-01-05' },
      'school-deadline',
      /before Sun 10 Jan 2027, the earliest date the attempt rules allow/,
    ],
    ['a date that does not exist', { schoolDeadline: '2027-02-30' }, 'school-deadline', /real date/],
    ['0 weeks for results', { resultWeeks: '0' }, 'result-weeks', /whole number from 1 to 16/],
    ['17 weeks for results', { resultWeeks: '17' }, 'result-weeks', /from 1 to 16/],
    ['weeks that are not a number', { resultWeeks: 'six' }, 'result-weeks', /from 1 to 16/],
    ['part weeks', { resultWeeks: '2.5' }, 'result-weeks', /whole number/],
    ['no weeks', { resultWeeks: '' }, 'result-weeks', /from 1 to 16/],
    ['an eligibility end before today', { eligibilityEnd: '2026-12-01' }, 'eligibility-end', /cannot end before today/],
  ])('refuse %s with a message next to the field', (_what, change, field, message) => {
    const found = problems(change);
    expect(found).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(checkDeadlineFields({ ...draft, ...change }, ctx).values).toBeUndefined();
  });

  it('do not refuse a stored date that has passed since, so the rest of the settings can still be saved', () => {
    expect(
      problems(
        { schoolDeadline: '2026-11-30', eligibilityEnd: '2026-11-15' },
        { ...ctx, stored: { schoolDeadline: '2026-11-30', eligibilityEnd: '2026-11-15' } },
      ),
    ).toEqual([]);
  });
});
