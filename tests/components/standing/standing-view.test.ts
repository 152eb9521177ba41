import { describe, expect, it } from 'vitest';
import { schoolDeadlineText } from '../../../components/standing/standing-view';

describe('school deadline', () => {
  it('counts the days to the school deadline and flags an exam set after it', () => {
    expect(schoolDeadlineText('2026-12-15', '2027-01-20', '2026-11-25')).toBe(
      "Your school's deadline is 2026-12-15, 20 days from today. Your exam date is after it: talk to your dean's office about it soon.",
    );
  });

  it('says nothing when the school set no deadline', () => {
    expect(schoolDeadlineText('', '2027-01-20', '2026-11-25')).toBeNull();
  });
});
