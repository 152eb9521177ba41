import { describe, expect, it } from 'vitest';
import { latestDayToSit, resultDay } from '../../../../lib/domain/deadlines';

const today = '2026-12-02';

describe('the latest day to sit', () => {
  it('is the deadline minus the weeks allowed for the result', () => {
    const latest = latestDayToSit({ deadline: '2027-04-30', resultWeeks: 6, today });
    expect(latest.day).toBe('2027-03-19');
    expect(latest.reasons).toEqual([
      "Your school's deadline is Fri 30 Apr 2027; allowing 6 weeks for the result means sitting by Fri 19 Mar 2027.",
    ]);
  });

  it('moves to 31 December when the date falls in the first two weeks of January, when no testing is offered', () => {
    const latest = latestDayToSit({ deadline: '2027-02-15', resultWeeks: 6, today });
    expect(latest.day).toBe('2026-12-31');
    expect(latest.reasons[1]).toMatch(/first two weeks of January/);
  });

  it('moves before May when a sitting in early May to mid-June would have its result in July, after the deadline', () => {
    const latest = latestDayToSit({ deadline: '2027-07-01', resultWeeks: 4, today });
    expect(latest.day).toBe('2027-04-30');
    expect(latest.reasons[1]).toMatch(/second week of July .*a pattern, not yet confirmed/);
  });

  it('keeps a date in the slow-result window when the July release still meets the deadline', () => {
    expect(latestDayToSit({ deadline: '2027-07-20', resultWeeks: 6, today }).day).toBe('2027-06-08');
  });

  it('has no day when the allowance reaches back before today', () => {
    const latest = latestDayToSit({ deadline: '2027-01-05', resultWeeks: 6, today });
    expect(latest.day).toBeNull();
    expect(latest.reasons.at(-1)).toMatch(/no date from today on leaves 6 weeks/);
  });

  it('expects a result in the slow window no earlier than mid-July', () => {
    expect(resultDay('2027-05-20', 4)).toBe('2027-07-14');
    expect(resultDay('2027-03-01', 4)).toBe('2027-03-29');
  });
});
