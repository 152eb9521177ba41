// America/New_York: clocks jump from 02:00 to 03:00 on Sunday 8 March 2026 and fall back from 02:00 to 01:00 on
// Sunday 1 November 2026. Wall-clock reminders must stay on the wall clock.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plannedAlarms } from '../../../../lib/domain/alarms';
import { local, stateWith } from './alarm-fixtures';

const sundayStudy = stateWith({
  weekdayMinutes: [360, 360, 360, 360, 360, 240, 240],
  studyWindows: [[], [], [], [], [], [], [{ start: '09:00', end: '13:00' }]],
});

const when = (state: ReturnType<typeof stateWith>, now: number, kind: string) => plannedAlarms(state, now).find((a) => a.kind === kind)?.when;

describe.each([
  ['spring forward', 3, 8, 23],
  ['fall back', 11, 1, 25],
])('on the %s day', (_label, month, day, hoursInDay) => {
  const saturdayNoon = local(2026, month, day - 1, 12);

  it('rolls the day over at 04:00 local, one day of that length after the last rollover', () => {
    const rollover = when(sundayStudy, saturdayNoon, 'day-rollover')!;
    expect(rollover).toBe(local(2026, month, day, 4));
    expect(rollover - local(2026, month, day - 1, 4)).toBe(hoursInDay * 3_600_000);
  });

  it('sends the morning summary at 07:30 local on the Sunday', () => {
    const morning = plannedAlarms(sundayStudy, saturdayNoon).find((a) => a.kind === 'morning')!;
    expect(morning).toMatchObject({ name: `morning:2026-${String(month).padStart(2, '0')}-0${day}`, when: local(2026, month, day, 7, 30) });
    expect(new Date(morning.when).getHours()).toBe(7);
  });

  it('reminds of the Sunday study window at 09:00 local', () => {
    expect(new Date(when(sundayStudy, saturdayNoon, 'study')!).getHours()).toBe(9);
  });
});

describe('a day start inside the skipped hour', () => {
  it('rolls over at 03:00, the first instant that exists after 02:00', () => {
    const at = when(stateWith({ dayStartHour: 2 }), local(2026, 3, 7, 12), 'day-rollover')!;
    expect(new Date(at).getHours()).toBe(3);
    expect(new Date(at).getDate()).toBe(8);
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
          if (a.kind === 'morning') expect([new Date(a.when).getHours(), new Date(a.when).getMinutes()]).toEqual([7, 30]);
          if (a.kind === 'evening' || a.kind === 'day-rollover') expect(a.when - now).toBeLessThanOrEqual(25 * 3_600_000);
        }
      }),
    );
  });
});
