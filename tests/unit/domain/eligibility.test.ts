import { describe, expect, it } from 'vitest';
import { attemptEligibility } from '../../../lib/domain/eligibility';
import { step1Profile } from '../../../lib/domain/profiles/step1';
import type { Attempt, AttemptOutcome } from '../../../lib/domain/types';

const policy = step1Profile.attemptPolicy;
const attempt = (date: string, outcome: AttemptOutcome = 'fail'): Attempt => ({
  id: date,
  examId: 'usmle-step1',
  date,
  outcome,
});

describe('attempt eligibility under the USMLE rules', () => {
  it('lets a first retake be booked from the day after the failed attempt (no 60-day wait any more)', () => {
    const result = attemptEligibility(policy, [attempt('2026-11-20')], '2026-11-21');
    expect(result).toMatchObject({
      status: 'eligible',
      attemptsUsed: 1,
      attemptsLeft: 3,
      earliestNextDate: '2026-11-21',
    });
  });

  it('never offers a date on or before the most recent attempt', () => {
    expect(attemptEligibility(policy, [attempt('2026-11-25')], '2026-11-25').earliestNextDate).toBe('2026-11-26');
  });

  it('counts incomplete attempts: "complete and incomplete attempts" both count', () => {
    const result = attemptEligibility(
      policy,
      [attempt('2026-01-10', 'incomplete'), attempt('2026-06-10')],
      '2026-07-01',
    );
    expect(result.attemptsUsed).toBe(2);
    expect(result.attemptsLeft).toBe(2);
  });

  it('makes the 4th attempt wait "at least 12 months after the first attempt"', () => {
    const attempts = [attempt('2026-01-15'), attempt('2026-04-20'), attempt('2026-07-01')];
    const result = attemptEligibility(policy, attempts, '2026-08-01');
    expect(result.status).toBe('waiting');
    expect(result.earliestNextDate).toBe('2027-01-15');
  });

  it('makes the 4th attempt wait "at least 6 months after the most recent attempt" when that is later', () => {
    const attempts = [attempt('2025-01-15'), attempt('2025-02-20'), attempt('2026-09-30')];
    expect(attemptEligibility(policy, attempts, '2026-10-01').earliestNextDate).toBe('2027-03-30');
  });

  it('allows "at most 3 attempts within any 12 months": the 3rd may follow soon after the 2nd', () => {
    const result = attemptEligibility(policy, [attempt('2026-03-01'), attempt('2026-06-01')], '2026-06-15');
    expect(result).toMatchObject({ status: 'eligible', earliestNextDate: '2026-06-15', attemptsLeft: 2 });
  });

  it('is ineligible after "four or more times" without a pass', () => {
    const attempts = ['2024-01-10', '2024-05-10', '2024-09-10', '2025-09-10'].map((d) => attempt(d));
    const result = attemptEligibility(policy, attempts, '2026-11-25');
    expect(result).toMatchObject({ status: 'ineligible', attemptsLeft: 0, earliestNextDate: null });
  });

  it('offers no retake of a passed exam', () => {
    expect(
      attemptEligibility(policy, [attempt('2026-01-10'), attempt('2026-05-10', 'pass')], '2026-11-25').status,
    ).toBe('passed');
  });

  it('says plainly when an exam has no recorded rules', () => {
    const result = attemptEligibility(null, [attempt('2026-11-01')], '2026-11-25');
    expect(result).toMatchObject({ status: 'unknown-rules', attemptsLeft: null, earliestNextDate: '2026-11-25' });
  });

  it('clamps month arithmetic at month ends (31 Aug + 6 months = 28 Feb)', () => {
    const attempts = [attempt('2025-08-01'), attempt('2025-08-15'), attempt('2026-08-31')];
    expect(attemptEligibility(policy, attempts, '2026-09-01').earliestNextDate).toBe('2027-02-28');
  });
});
