import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alarmDiff, type ExistingAlarm, type PlannedAlarm } from '../../../../lib/domain/alarms';

const planned = (name: string, when: number, periodInMinutes?: number): PlannedAlarm => ({
  name,
  kind: 'morning',
  when,
  ...(periodInMinutes ? { periodInMinutes } : {}),
});

/** What the browser holds after the diff is applied. */
function apply(existing: ExistingAlarm[], diff: ReturnType<typeof alarmDiff>): ExistingAlarm[] {
  const byName = new Map(existing.map((a) => [a.name, a]));
  for (const name of diff.clear) byName.delete(name);
  for (const a of diff.create)
    byName.set(a.name, { name: a.name, scheduledTime: a.when, periodInMinutes: a.periodInMinutes });
  return [...byName.values()];
}

describe('alarmDiff', () => {
  it('keeps an alarm within a second of its planned time', () => {
    expect(
      alarmDiff([planned('morning:2026-11-26', 10_000)], [{ name: 'morning:2026-11-26', scheduledTime: 10_400 }]),
    ).toEqual({ create: [], clear: [] });
  });

  it('keeps a periodic tick whatever its next run, but replaces one with another period', () => {
    expect(
      alarmDiff([planned('focus-tick', 5_000, 1)], [{ name: 'focus-tick', scheduledTime: 99_000, periodInMinutes: 1 }])
        .create,
    ).toEqual([]);
    expect(
      alarmDiff([planned('focus-tick', 5_000, 1)], [{ name: 'focus-tick', scheduledTime: 99_000, periodInMinutes: 5 }])
        .create,
    ).toHaveLength(1);
  });

  it('reaches the planned set in one step and then has nothing left to do', () => {
    const name = fc.constantFrom(
      'morning:2026-11-26',
      'evening:2026-11-25',
      'study:2026-11-25T13:30',
      'focus-tick',
      'snooze:evening:2026-11-25',
      'other',
    );
    const alarm = fc.record({ name, scheduledTime: fc.integer({ min: 0, max: 1e6 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(alarm, { selector: (a) => a.name }),
        fc.uniqueArray(alarm, { selector: (a) => a.name }),
        (existing, wanted) => {
          const plan = wanted
            .filter((a) => !a.name.startsWith('snooze:') && a.name !== 'other')
            .map((a) => planned(a.name, a.scheduledTime));
          const after = apply(existing, alarmDiff(plan, existing));
          for (const p of plan)
            expect(Math.abs(after.find((a) => a.name === p.name)!.scheduledTime - p.when)).toBeLessThan(1_000);
          expect(
            after
              .filter((a) => !plan.some((p) => p.name === a.name))
              .every((a) => a.name.startsWith('snooze:') || a.name === 'other'),
          ).toBe(true);
          expect(alarmDiff(plan, after)).toEqual({ create: [], clear: [] });
        },
      ),
    );
  });
});
