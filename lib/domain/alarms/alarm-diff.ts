// What syncAlarms must change so that the browser's alarms equal the planned set. Only derived alarms are ours to
// clear: a snooze (or another extension feature's alarm) is left alone.
import { isDerivedAlarm } from './alarm-names';
import type { PlannedAlarm } from './alarm-state';

export interface ExistingAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export interface AlarmDiff {
  create: PlannedAlarm[];
  clear: string[];
}

/** Browsers round scheduled times a little; closer than this counts as the same instant. */
const SAME_INSTANT_MS = 1_000;

function matches(planned: PlannedAlarm, existing: ExistingAlarm): boolean {
  if (planned.periodInMinutes !== existing.periodInMinutes) return false;
  // A periodic alarm's next run moves on by itself; re-creating it would only shift its phase.
  return planned.periodInMinutes !== undefined || Math.abs(planned.when - existing.scheduledTime) < SAME_INSTANT_MS;
}

export function alarmDiff(planned: PlannedAlarm[], existing: ExistingAlarm[]): AlarmDiff {
  const byName = new Map(existing.map((a) => [a.name, a]));
  const wanted = new Set(planned.map((a) => a.name));
  return {
    create: planned.filter((p) => {
      const current = byName.get(p.name);
      return !current || !matches(p, current);
    }),
    clear: existing.filter((a) => isDerivedAlarm(a.name) && !wanted.has(a.name)).map((a) => a.name),
  };
}
