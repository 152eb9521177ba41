import { describe, expect, it } from 'vitest';
import { addDays, dayRange } from '../../../../lib/domain/day';
import {
  dayLabel,
  dayLabelWithYear,
  daySpanLabel,
  dayMonth,
  weekdayAndDay,
  weekdayName,
} from '../../../../lib/domain/format/day-words';
import { formatMinutes } from '../../../../lib/domain/format/duration-words';

describe('day words: one form of a date everywhere', () => {
  it.each([
    ['2026-12-02', 'Wednesday', 'Wed 2 Dec', 'Wed 2 Dec 2026', '2 Dec', 'Wed 2'],
    ['2027-01-01', 'Friday', 'Fri 1 Jan', 'Fri 1 Jan 2027', '1 Jan', 'Fri 1'],
    ['2026-09-30', 'Wednesday', 'Wed 30 Sep', 'Wed 30 Sep 2026', '30 Sep', 'Wed 30'],
    ['2028-02-29', 'Tuesday', 'Tue 29 Feb', 'Tue 29 Feb 2028', '29 Feb', 'Tue 29'],
  ])('writes %s as %s, %s, %s, %s and %s', (day, weekday, label, withYear, short, underWeek) => {
    expect(weekdayName(day)).toBe(weekday);
    expect(dayLabel(day)).toBe(label);
    expect(dayLabelWithYear(day)).toBe(withYear);
    expect(dayMonth(day)).toBe(short);
    expect(weekdayAndDay(day)).toBe(underWeek);
  });

  it("gives each day of a year that crosses both of this zone's clock changes its own weekday, in order", () => {
    // This file runs in several zones (vitest.config.ts): a day key read through a Date in the local zone would move
    // a day in some of them.
    const days = dayRange('2026-01-01', '2026-12-31');
    const weekdays = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'];
    days.forEach((day, i) => expect(dayLabel(day).slice(0, 3)).toBe(weekdays[i % 7]));
    expect(new Set(days.map(dayLabelWithYear)).size).toBe(365);
    expect(dayLabel(addDays('2026-03-07', 1))).toBe('Sun 8 Mar');
    expect(dayLabel(addDays('2026-10-31', 1))).toBe('Sun 1 Nov');
  });
});

describe('day spans', () => {
  it.each([
    ['2026-12-05', '2026-12-06', 'Sat 5 – Sun 6 Dec'],
    ['2027-01-31', '2027-02-01', 'Sun 31 Jan – Mon 1 Feb'],
    ['2026-12-31', '2027-01-01', 'Thu 31 Dec – Fri 1 Jan'],
    ['2026-12-05', '2026-12-05', 'Sat 5 Dec'],
  ])('writes %s to %s as %s', (first, last, text) => expect(daySpanLabel(first, last)).toBe(text));
});

describe('duration words', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [80, '1 h 20 min'],
    [390, '6 h 30 min'],
    [89.6, '1 h 30 min'],
  ])('writes %d minutes as %s', (minutes, text) => expect(formatMinutes(minutes)).toBe(text));
});
