// Wall-clock reminders must stay on the wall clock on the days the clocks change. Run in every zone of
// tests/unit/domain/zones.ts (America/New_York: forward 02:00 -> 03:00 on Sunday 8 March 2026, back 02:00 -> 01:00
// on Sunday 1 November 2026; the southern and half-hour zones have theirs in April and September/October).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plannedAlarms } from '../../../../lib/domain/alarms';
import { addDays, localTimeOn, planDayAt } from '../../../../lib/domain/day';
import { currentZone } from '../zones';
import { local, stateWith } from './alarm-fixtures';

const zone = currentZone();

const sundayStudy = stateWith({
  weekdayMinutes: [360, 360, 360, 360, 360, 240, 240],
  studyWindows: [[], [], [], [], [], [], [{ start: '09:00', end: '13:00' }]],
});

const when = (state: ReturnType<typeof stateWith>, now: number, kind: string) =>
  plannedAlarms(state, now).find((a) => a.kind === kind)?.when;

// Every 2026 change in these zones falls on a Sunday, the day with the study window above.
describe.each(zone.changes2026.map((c) => [c.shiftMinutes > 0 ? 'spring forward' : 'fall back', c.day, c] as const))(
  `(${zone.name}) on the %s day, %s`,
  (_label, day, change) => {
    const saturdayNoon = localTimeOn(addDays(day, -1), 12);
    const hoursInDay = 24 - change.shiftMinutes / 60;

    it('is a Sunday', () => {
      expect(new Date(localTimeOn(day, 12)).getDay()).toBe(0);
    });

    it('rolls the day over at 04:00 local, one day of that length after the last rollover', () => {
      const rollover = when(sundayStudy, saturdayNoon, 'day-rollover')!;
      expect(rollover).toBe(localTimeOn(day, 4));
      expect([new Date(rollover).getHours(), new Date(rollover).getMinutes()]).toEqual([4, 0]);
      expect(rollover - localTimeOn(addDays(day, -1), 4)).toBe(hoursInDay * 3_600_000);
    });

    it('sends the morning summary at 07:30 local on the Sunday', () => {
      const morning = plannedAlarms(sundayStudy, saturdayNoon).find((a) => a.kind === 'morning')!;
      expect(morning).toMatchObject({ name: `morning:${day}`, when: localTimeOn(day, 7, 30) });
      expect([new Date(morning.when).getHours(), new Date(morning.when).getMinutes()]).toEqual([7, 30]);
    });

    it('reminds of the Sunday study window at 09:00 local', () => {
      expect(new Date(when(sundayStudy, saturdayNoon, 'study')!).getHours()).toBe(9);
    });
  },
);

// A day start whose hour the clocks skip: the rollover moves forward by the length of the gap (what JavaScript and
// Temporal's "compatible" disambiguation do), which is the first instant of the new plan day where the change is
// on the hour (New York 02:00 -> 03:00) and a quarter-hour into it where it is not (Chatham 02:45 -> 03:45: 04:00).
const forward = zone.changes2026.find((c) => c.shiftMinutes > 0);
describe.skipIf(!forward)(`(${zone.name}) a day start inside the skipped hour`, () => {
  it('rolls over on the new day, the day start pushed forward by the gap', () => {
    const change = forward!;
    const dayStartHour = Math.ceil(change.atMinutes / 60); // the whole hour inside [change, change + 60 min)
    const rollover = when(stateWith({ dayStartHour }), localTimeOn(addDays(change.day, -1), 12), 'day-rollover')!;
    const midnight = localTimeOn(change.day, 0);
    const clocksJump = midnight + change.atMinutes * 60_000;
    // Real time since midnight is the asked-for hour; the clock then reads that hour plus the skipped hour.
    expect(rollover - midnight).toBe(dayStartHour * 3_600_000);
    const shown = dayStartHour * 60 + change.shiftMinutes;
    expect([new Date(rollover).getHours(), new Date(rollover).getMinutes()]).toEqual([
      Math.floor(shown / 60),
      shown % 60,
    ]);
    expect(planDayAt(rollover, dayStartHour)).toBe(change.day);
    expect(planDayAt(clocksJump - 1, dayStartHour)).toBe(addDays(change.day, -1));
  });
});

describe('at any moment of the year', () => {
  it('plans each reminder within the next two days, at its local clock time', () => {
    const start = local(2026, 1, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 * 24 * 60 }), (minutes) => {
        const now = start + minutes * 60_000;
        for (const a of plannedAlarms(stateWith(), now)) {
          expect(a.when).toBeGreaterThan(now);
          if (a.kind === 'morning')
            expect([new Date(a.when).getHours(), new Date(a.when).getMinutes()]).toEqual([7, 30]);
          if (a.kind === 'evening' || a.kind === 'day-rollover')
            expect(a.when - now).toBeLessThanOrEqual(25 * 3_600_000);
        }
      }),
    );
  });
});
