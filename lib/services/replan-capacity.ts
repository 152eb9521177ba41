// A day's minutes for the replanner and the retest placement, from the planner's own capacity rule, so that the
// replanned days and the planned days never disagree about what "full" means.
import { addDays, type DayKey } from '../domain/day';
import { dayCapacity, planInputFromSettings } from '../domain/planner';
import type { Settings } from '../domain/settings';

export interface Capacity {
  capacity: (day: DayKey) => number;
  /** The last day work may go: the day before the rest day before the exam. */
  lastDay: DayKey;
}

export function capacityFromSettings(settings: Settings, today: DayKey): Capacity {
  const input = planInputFromSettings(settings, today, '');
  return { capacity: (day) => dayCapacity(input, day), lastDay: addDays(settings.examDate, -2) };
}
