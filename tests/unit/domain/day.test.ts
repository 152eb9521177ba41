import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayRange,
  daysBetween,
  isDayKey,
  localTimeOn,
  planDayAt,
  weekdayIndex,
  weekStart,
} from '../../../lib/domain/day';
import { currentZone } from './zones';

describe('day keys', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    [20260101, false],
  ])('isDayKey(%s) is %s', (value, expected) => {
    expect(isDayKey(value)).toBe(expected);
  });

  it('adds days across month, year and DST boundaries one calendar day at a time', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('counts the days between two dates, whatever DST does in between', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-25', '2026-11-05')).toBe(11);
    expect(daysBetween('2026-11-05', '2026-10-25')).toBe(-11);
    expect(dayRange('2026-03-06', '2026-03-10')).toEqual([
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
    ]);
  });

  it('numbers weekdays from Monday', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0);
    expect(weekdayIndex('2026-11-29')).toBe(6);
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
  });

  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-05-15', 12)).toBe('2027-05-15');
  });
});

const zone = currentZone();
const HOUR = 3_600_000;

describe(`the plan day of an instant (TZ=${zone.name})`, () => {
  it('counts the small hours as the evening before, up to the day-start hour', () => {
    expect(planDayAt(new Date(2026, 10, 25, 3, 59).getTime(), 4)).toBe('2026-11-24');
    expect(planDayAt(new Date(2026, 10, 25, 4, 0).getTime(), 4)).toBe('2026-11-25');
    expect(planDayAt(new Date(2026, 10, 25, 0, 30).getTime(), 0)).toBe('2026-11-25');
  });

  // The zone's own clock changes (none in Asia/Kolkata): a 23-hour day when the clocks go forward, 25 when back.
  describe.each(zone.changes2026.map((c) => [c.day, c.shiftMinutes > 0 ? 'forward' : 'back', c] as const))(
    'on %s (clocks %s)',
    (day, _dir, change) => {
      it(`has ${24 - change.shiftMinutes / 60} hours between two 08:00s and still one day`, () => {
        const before = localTimeOn(addDays(day, -1), 8);
        const after = localTimeOn(day, 8);
        expect(after - before).toBe(24 * HOUR - change.shiftMinutes * 60_000);
        expect(planDayAt(before)).toBe(addDays(day, -1));
        expect(planDayAt(after)).toBe(day);
      });
    },
  );

  it('gives every day of the year its own 08:00, 24 hours after the last but on a clock-change day', () => {
    const changes = new Map(zone.changes2026.map((c) => [c.day, c.shiftMinutes]));
    for (const day of dayRange('2026-01-02', '2027-01-01')) {
      const eight = localTimeOn(day, 8);
      expect(planDayAt(eight)).toBe(day);
      expect(eight - localTimeOn(addDays(day, -1), 8)).toBe(24 * HOUR - (changes.get(day) ?? 0) * 60_000);
    }
  });

  it('walks through the year a quarter-hour at a time without losing or repeating a plan day', () => {
    let day = planDayAt(localTimeOn('2026-01-01', 12));
    const seen = [day];
    for (let t = localTimeOn('2026-01-01', 12); t < localTimeOn('2027-01-01', 12); t += 15 * 60_000) {
      const next = planDayAt(t);
      if (next !== day) {
        expect(next).toBe(addDays(day, 1));
        // The day turns at 04:00 local, which exists on every day in these zones.
        expect([new Date(t).getHours(), new Date(t).getMinutes()]).toEqual([4, 0]);
        seen.push(next);
        day = next;
      }
    }
    expect(seen).toEqual(dayRange('2026-01-01', '2027-01-01'));
  });
});
