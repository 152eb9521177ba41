import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, planDayAt } from '../../../../lib/domain/day';
import {
  LOW_MOOD_RUN,
  lowMoodDays,
  supportMessageDue,
  type MoodOnDay,
} from '../../../../lib/domain/wellbeing/low-mood-run';

const low = (day: string, mood = 2): MoodOnDay => ({ day, mood });

describe('three low-mood reflections within seven days', () => {
  const today = '2026-11-25';

  it.each([
    ['three low evenings in the last seven days', [low('2026-11-19'), low('2026-11-22', 1), low(today)], true],
    ['the first one eight days ago is outside the week', [low('2026-11-18'), low('2026-11-22'), low(today)], false],
    ['two low evenings', [low('2026-11-22'), low('2026-11-24')], false],
    ['a middling mood (3) is not low', [low('2026-11-20', 3), low('2026-11-22'), low('2026-11-24')], false],
    ['three entries on one evening count once', [low('2026-11-24'), low('2026-11-24'), low('2026-11-24', 1)], false],
    ['a future entry does not count', [low('2026-11-22'), low('2026-11-24'), low('2026-11-26')], false],
  ] as const)('%s', (_name, moods, due) => {
    expect(supportMessageDue(moods, today, null)).toBe(due);
  });

  it('points to support at most once every four days while the run lasts', () => {
    const moods = [low('2026-11-21'), low('2026-11-23'), low('2026-11-24'), low('2026-11-25')];
    expect(supportMessageDue(moods, today, today)).toBe(true); // shown today: a reload keeps it
    expect(supportMessageDue(moods, today, '2026-11-24')).toBe(false);
    expect(supportMessageDue(moods, today, '2026-11-22')).toBe(false);
    expect(supportMessageDue(moods, today, '2026-11-21')).toBe(true);
  });

  it('counts seven calendar days whatever the arithmetic of the clock', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }),
        fc.array(fc.record({ back: fc.integer({ min: -2, max: 12 }), mood: fc.integer({ min: 1, max: 5 }) })),
        (when, entries) => {
          const day = planDayAt(when.getTime(), 4);
          const moods = entries.map((e) => ({ day: addDays(day, -e.back), mood: e.mood }));
          const expected = new Set(entries.filter((e) => e.back >= 0 && e.back <= 6 && e.mood <= 2).map((e) => e.back))
            .size;
          expect(lowMoodDays(moods, day)).toBe(expected);
          expect(supportMessageDue(moods, day, null)).toBe(expected >= LOW_MOOD_RUN);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('across a daylight-saving change', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each(['America/New_York', 'Europe/London', 'Australia/Sydney'])('keeps a week of seven days in %s', (zone) => {
    vi.stubEnv('TZ', zone);
    // The US clocks go back on 1 Nov 2026, the UK on 25 Oct 2026, Sydney's go forward on 4 Oct 2026.
    for (const today of ['2026-11-03', '2026-10-27', '2026-10-06']) {
      const moods = [low(addDays(today, -6)), low(addDays(today, -3)), low(today)];
      expect(lowMoodDays(moods, today), `${zone} ${today}`).toBe(3);
      expect(lowMoodDays([low(addDays(today, -7)), ...moods.slice(1)], today)).toBe(2);
    }
  });
});
