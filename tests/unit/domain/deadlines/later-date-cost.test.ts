import { describe, expect, it } from 'vitest';
import { laterDateCost, type LaterDateInput } from '../../../../lib/domain/deadlines';

const base: LaterDateInput = {
  examDate: '2027-03-10',
  today: '2026-12-02',
  rescheduleFeeUSD: null,
  eligibilityEnd: '',
  schoolDeadline: '',
  latestDay: null,
};

describe('what a later date costs', () => {
  it('is free until 46 days before the test date', () => {
    const cost = laterDateCost({ ...base, today: '2027-01-23' });
    expect(cost.freeUntil).toBe('2027-01-23');
    expect(cost.costTodayUSD).toBe(0);
    expect(cost.sentences[0]).toBe(
      'Moving your test date is free until Sat 23 Jan 2027, 46 days before it; after that Prometric charges a change fee.',
    );
  });

  it("costs the student's entered fee from 45 days before", () => {
    const cost = laterDateCost({ ...base, today: '2027-01-24', rescheduleFeeUSD: 75 });
    expect(cost.costTodayUSD).toBe(75);
    expect(cost.sentences[0]).toContain('$75 as you entered it');
  });

  it('asks for the fee after the cut-off when none is entered, since its amount is not verified', () => {
    const cost = laterDateCost({ ...base, today: '2027-02-01' });
    expect(cost.costTodayUSD).toBeNull();
    expect(cost.sentences[0]).toMatch(/enter what Prometric quotes under Retake budget/);
  });

  it("names the eligibility period's end and its extension, or asks for it", () => {
    expect(laterDateCost({ ...base, eligibilityEnd: '2027-03-31' }).sentences[1]).toBe(
      'The new date must stay inside your eligibility period, which ends Wed 31 Mar 2027, or inside its one-time 3-month extension (to Wed 30 Jun 2027, $70, not yet confirmed).',
    );
    expect(laterDateCost(base).sentences[1]).toMatch(/enter when it ends in Settings/);
  });

  it('says whether a new date still meets the school deadline', () => {
    const withDeadline = { ...base, schoolDeadline: '2027-04-30', latestDay: '2027-03-19' };
    expect(laterDateCost(withDeadline).sentences[2]).toBe(
      "To meet your school's deadline, Fri 30 Apr 2027, the new date must be on or before Fri 19 Mar 2027.",
    );
    expect(laterDateCost({ ...withDeadline, newDate: '2027-03-17' }).sentences[2]).toMatch(
      /^Wed 17 Mar 2027 still meets/,
    );
    expect(laterDateCost({ ...withDeadline, newDate: '2027-03-24' }).sentences[2]).toMatch(
      /after your latest day to sit, Fri 19 Mar 2027/,
    );
    expect(laterDateCost({ ...base, schoolDeadline: '2027-01-05' }).sentences[2]).toMatch(/dean or advisor/);
    expect(laterDateCost(base).sentences).toHaveLength(2);
  });
});
