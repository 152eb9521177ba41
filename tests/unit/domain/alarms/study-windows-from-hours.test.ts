import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studyWindowsFromHours, windowsForMinutes } from '../../../../lib/domain/alarms/study-windows-from-hours';
import { parseClock } from '../../../../lib/domain/day';
import { defaultSettings } from '../../../../lib/domain/settings';

const length = (w: { start: string; end: string }) => parseClock(w.end)! - parseClock(w.start)!;

describe('study windows from the hours of each day', () => {
  it('gives a 5-hour Saturday one 5-hour window, not 09:00-13:00', () => {
    expect(windowsForMinutes(300)).toEqual([{ start: '09:00', end: '14:00' }]);
  });

  it('splits a 6-hour day into a morning and an afternoon, and gives a day off none', () => {
    expect(windowsForMinutes(360)).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '13:30', end: '15:30' },
    ]);
    expect(windowsForMinutes(0)).toEqual([]);
  });

  it('covers exactly the hours entered, for any day up to 12 hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 * 60 }), (minutes) => {
        const windows = windowsForMinutes(minutes);
        expect(windows.reduce((sum, w) => sum + length(w), 0)).toBe(minutes);
        for (const w of windows) expect(length(w)).toBeGreaterThan(0);
      }),
    );
  });

  it('follows new hours on onboarding and on days never changed by hand', () => {
    const hours = [360, 360, 360, 360, 360, 300, 0];
    const fresh = studyWindowsFromHours(defaultSettings.studyWindows, defaultSettings.weekdayMinutes, hours, true);
    expect(fresh[5]).toEqual([{ start: '09:00', end: '14:00' }]);
    expect(fresh[6]).toEqual([]);
    const later = studyWindowsFromHours(fresh, hours, [360, 360, 360, 360, 360, 180, 120]);
    expect(later[5]).toEqual([{ start: '09:00', end: '12:00' }]);
    expect(later[6]).toEqual([{ start: '09:00', end: '11:00' }]);
  });

  it("keeps a day's windows the student set by hand", () => {
    const own = [{ start: '19:00', end: '22:00' }];
    const windows = [own, [], [], [], [], [], []];
    const after = studyWindowsFromHours(windows, [180, 0, 0, 0, 0, 0, 0], [240, 60, 0, 0, 0, 0, 0]);
    expect(after[0]).toEqual(own);
    expect(after[1]).toEqual([{ start: '09:00', end: '10:00' }]);
  });
});
