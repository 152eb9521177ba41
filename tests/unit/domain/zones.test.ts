// The day and alarm tests are only as good as the zone they run in: this checks that the project's TZ really took
// effect (TZ must be set before the worker process starts; a TZ Node ignores leaves it on the machine's zone) and
// that the clock changes in zones.ts are the ones the running clock makes.
import { describe, expect, it } from 'vitest';
import { addDays, localTimeOn } from '../../../lib/domain/day';
import { currentZone, type ClockChange } from './zones';

const zone = currentZone();

/** The clock changes of 2026 as the running process sees them, found a quarter-hour at a time. */
function observedChanges(): ClockChange[] {
  const step = 15 * 60_000;
  const found: ClockChange[] = [];
  const offsetAt = (t: number) => 0 - new Date(t).getTimezoneOffset();
  for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += step) {
    const shift = offsetAt(t + step) - offsetAt(t);
    if (shift === 0) continue;
    // The change happens within (t, t + step]; find the minute, then read the wall clock just before it.
    let change = t + 60_000;
    while (offsetAt(change) === offsetAt(t)) change += 60_000;
    const before = new Date(change - 60_000);
    const day = `${before.getFullYear()}-${String(before.getMonth() + 1).padStart(2, '0')}-${String(before.getDate()).padStart(2, '0')}`;
    found.push({ day, atMinutes: before.getHours() * 60 + before.getMinutes() + 1, shiftMinutes: shift });
  }
  return found;
}

describe(`the test zone ${zone.name}`, () => {
  it('is the zone the process runs in', () => {
    // Compared in ICU's own spelling (it calls Asia/Kolkata 'Asia/Calcutta'); a TZ Node ignored would leave UTC.
    const canonical = new Intl.DateTimeFormat('en', { timeZone: zone.name }).resolvedOptions().timeZone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(canonical);
    expect(0 - new Date(2026, 0, 1).getTimezoneOffset()).toBe(zone.januaryOffset);
  });

  it('changes its clocks in 2026 exactly as zones.ts says', () => {
    expect(observedChanges()).toEqual(zone.changes2026);
  });

  it('has the day lengths those changes imply', () => {
    for (const change of zone.changes2026) {
      expect(localTimeOn(addDays(change.day, 1), 0) - localTimeOn(change.day, 0)).toBe(
        (24 * 60 - change.shiftMinutes) * 60_000,
      );
    }
  });
});
