// The time zones the day and alarm tests run in (vitest.config.ts gives each its own project, TZ set before the
// worker starts), with their 2026 clock changes from the IANA tz database as Node's ICU has it (zones.test.ts checks
// this table against the running clock, so a wrong row fails):
// - America/New_York: the default for every test; DST from 02:00, northern spring and autumn.
// - Europe/London: a change at 01:00 (not 02:00), on other Sundays than America's.
// - Australia/Sydney: southern hemisphere; the clocks go back in April and forward in October.
// - Asia/Kolkata: +05:30 all year, no DST at all.
// - Pacific/Chatham: +12:45/+13:45, changes at 02:45/03:45: not on a whole hour, and a day ahead of UTC.
import type { DayKey } from '../../../lib/domain/day';

export interface ClockChange {
  /** The local calendar day of the change. */
  day: DayKey;
  /** Local wall-clock minutes after midnight at which the clocks move (before the change). */
  atMinutes: number;
  /** +60: clocks go forward (a 23-hour day, a skipped hour); -60: back (a 25-hour day, a repeated hour). */
  shiftMinutes: number;
}

export interface Zone {
  /** Minutes east of UTC on 1 January 2026. */
  januaryOffset: number;
  changes2026: ClockChange[];
}

const at = (hh: number, mm = 0) => hh * 60 + mm;

export const ZONES: Record<string, Zone> = {
  'America/New_York': {
    januaryOffset: -300,
    changes2026: [
      { day: '2026-03-08', atMinutes: at(2), shiftMinutes: 60 },
      { day: '2026-11-01', atMinutes: at(2), shiftMinutes: -60 },
    ],
  },
  'Europe/London': {
    januaryOffset: 0,
    changes2026: [
      { day: '2026-03-29', atMinutes: at(1), shiftMinutes: 60 },
      { day: '2026-10-25', atMinutes: at(2), shiftMinutes: -60 },
    ],
  },
  'Australia/Sydney': {
    januaryOffset: 660,
    changes2026: [
      { day: '2026-04-05', atMinutes: at(3), shiftMinutes: -60 },
      { day: '2026-10-04', atMinutes: at(2), shiftMinutes: 60 },
    ],
  },
  'Asia/Kolkata': { januaryOffset: 330, changes2026: [] },
  'Pacific/Chatham': {
    januaryOffset: 825,
    changes2026: [
      { day: '2026-04-05', atMinutes: at(3, 45), shiftMinutes: -60 },
      { day: '2026-09-27', atMinutes: at(2, 45), shiftMinutes: 60 },
    ],
  },
};

export const ZONE_NAMES = Object.keys(ZONES);

/** The zone this test process runs in (from TZ, set per project in vitest.config.ts). */
export function currentZone(): { name: string } & Zone {
  const name = process.env.TZ ?? '';
  const zone = ZONES[name];
  if (!zone) throw new Error(`TZ=${name} has no row in tests/unit/domain/zones.ts`);
  return { name, ...zone };
}
