import { describe, expect, it } from 'vitest';
import { timeLabel } from '../../../../lib/domain/format/time-words';

describe('time words: a moment in the local date and time', () => {
  it("writes a time in the student's zone, in the date's one form", () => {
    expect(timeLabel('2026-11-25T23:00:00.000Z', 'Europe/London')).toBe('Wed 25 Nov 2026, 23:00');
    // The same moment is already the next day in Sydney, and still the afternoon in New York.
    expect(timeLabel('2026-11-25T23:00:00.000Z', 'Australia/Sydney')).toBe('Thu 26 Nov 2026, 10:00');
    expect(timeLabel(Date.UTC(2026, 10, 25, 23), 'America/New_York')).toBe('Wed 25 Nov 2026, 18:00');
    // Half-hour and quarter-hour zones.
    expect(timeLabel('2026-09-01T00:00:00.000Z', 'Asia/Kolkata')).toBe('Tue 1 Sep 2026, 05:30');
    expect(timeLabel('2026-09-01T00:00:00.000Z', 'Pacific/Chatham')).toBe('Tue 1 Sep 2026, 12:45');
  });

  it('reads the wall clock on each side of a clock change (New York, 1 November 2026)', () => {
    // 01:30 happens twice: once in daylight time, once an hour later in standard time.
    expect(timeLabel('2026-11-01T05:30:00.000Z', 'America/New_York')).toBe('Sun 1 Nov 2026, 01:30');
    expect(timeLabel('2026-11-01T06:30:00.000Z', 'America/New_York')).toBe('Sun 1 Nov 2026, 01:30');
    expect(timeLabel('2026-11-01T07:30:00.000Z', 'America/New_York')).toBe('Sun 1 Nov 2026, 02:30');
    // In spring 02:00 to 03:00 never happens: 06:59 UTC is 01:59, a minute later it is 03:00.
    expect(timeLabel('2026-03-08T06:59:00.000Z', 'America/New_York')).toBe('Sun 8 Mar 2026, 01:59');
    expect(timeLabel('2026-03-08T07:00:00.000Z', 'America/New_York')).toBe('Sun 8 Mar 2026, 03:00');
  });

  it('writes midnight as 00:00, never 24:00', () => {
    expect(timeLabel('2026-12-31T23:00:00.000Z', 'Europe/Paris')).toBe('Fri 1 Jan 2027, 00:00');
  });

  it("uses the machine's zone when none is given", () => {
    const moment = new Date(2026, 6, 4, 9, 5);
    expect(timeLabel(moment.getTime())).toBe('Sat 4 Jul 2026, 09:05');
  });

  it('gives nothing for a time it cannot read', () => expect(timeLabel('not a time')).toBe(''));
});
