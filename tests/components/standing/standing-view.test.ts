import { describe, expect, it } from 'vitest';
import { schoolDeadlineText } from '../../../components/standing/standing-view';

describe('school deadline', () => {
  it('counts the days to the school deadline and flags an exam set after the latest day to sit', () => {
    // 15 March less 6 weeks for the result: sit by 1 February; the exam on 20 February is too late.
    expect(schoolDeadlineText('2027-03-15', '2027-02-20', '2026-11-25', 6)).toBe(
      "Your school's deadline is Mon 15 Mar 2027, 110 days from today. Your exam date is after your latest day to sit, Mon 1 Feb 2027 (allowing 6 weeks for the result): talk to your dean's office about it soon.",
    );
  });

  it('compares with the latest day to sit, not the raw deadline: an exam before the deadline can still be too late', () => {
    // Regression: the old text said nothing here, since 20 February is before the 15 March deadline.
    expect(schoolDeadlineText('2027-03-15', '2027-02-20', '2026-11-25', 6)).toMatch(/after your latest day to sit/);
    expect(schoolDeadlineText('2027-03-15', '2027-02-20', '2026-11-25', 2)).toBe(
      "Your school's deadline is Mon 15 Mar 2027, 110 days from today. Your exam date is within your latest day to sit, Mon 1 Mar 2027 (allowing 2 weeks for the result).",
    );
  });

  it('says plainly when no date from today leaves the result before the deadline', () => {
    expect(schoolDeadlineText('2026-12-15', '2027-01-20', '2026-11-25', 6)).toBe(
      "Your school's deadline is Tue 15 Dec 2026, 20 days from today. No exam date from today leaves the result before it, allowing 6 weeks for the result: talk to your dean's office about it soon.",
    );
  });

  it('says nothing when the school set no deadline', () => {
    expect(schoolDeadlineText('', '2027-01-20', '2026-11-25', 6)).toBeNull();
  });
});
