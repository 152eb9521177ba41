// A day's minutes for the replanner and the retest placement, from the planner's own capacity rule, so that the
// replanned days and the planned days never disagree about what "full" means.
import { addDays, isDayKey, type DayKey } from '../domain/day';
import { latestExamDate } from '../domain/limits';
import { dayCapacity, planInputFromSettings } from '../domain/planner';
import type { Settings } from '../domain/settings';

export interface Capacity {
  capacity: (day: DayKey) => number;
  /** The last day work may go: the day before the rest day before the exam (never more than the limit ahead). */
  lastDay: DayKey;
}

export function capacityFromSettings(settings: Settings, today: DayKey): Capacity {
  const input = planInputFromSettings(settings, today, '');
  // Bounded by the latest exam date the app accepts, so that no day loop runs on past it whatever is stored.
  // Without an exam date (no plan yet) there is no day to place work on.
  const lastDay = isDayKey(settings.examDate)
    ? [addDays(settings.examDate, -2), latestExamDate(today)].sort()[0]!
    : addDays(today, -1);
  return { capacity: (day) => dayCapacity(input, day), lastDay };
}
