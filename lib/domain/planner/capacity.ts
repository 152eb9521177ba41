// Minutes a day holds. A parallel track (clinical hours or Step 2 CK hours) takes its hours out of the week in
// proportion to each day's minutes, so a 6-hour Monday and a 3-hour Saturday lose the same share.
import { addDays, weekdayIndex, type DayKey } from '../day';
import type { PlanInput } from './plan-types';

const MINUTES_PER_DAY = 1440;

/** Study minutes for weekday `index` (0 = Monday), cleaned of negatives, gaps and impossible values. */
export function weekdayMinutesAt(weekdayMinutes: readonly number[], index: number): number {
  const value = weekdayMinutes[index] ?? 0;
  return Number.isFinite(value) ? Math.min(MINUTES_PER_DAY, Math.max(0, Math.floor(value))) : 0;
}

export function weeklyMinutes(weekdayMinutes: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += weekdayMinutesAt(weekdayMinutes, i);
  return sum;
}

export function parallelTrackMinutes(input: Pick<PlanInput, 'parallelTrack'>): number {
  const { kind, hoursPerWeek } = input.parallelTrack;
  return kind === 'none' || !Number.isFinite(hoursPerWeek) ? 0 : Math.max(0, hoursPerWeek) * 60;
}

/** The share of each study day left once the parallel track has taken its hours. */
export function parallelFactor(input: Pick<PlanInput, 'parallelTrack' | 'weekdayMinutes'>): number {
  const weekly = weeklyMinutes(input.weekdayMinutes);
  return weekly > 0 ? Math.max(0, 1 - parallelTrackMinutes(input) / weekly) : 0;
}

/** Study minutes of a weekday after the parallel track; the planner fills at most this much. */
export function weekdayCapacity(input: Pick<PlanInput, 'parallelTrack' | 'weekdayMinutes'>, weekday: number): number {
  return Math.floor(weekdayMinutesAt(input.weekdayMinutes, weekday) * parallelFactor(input));
}

/**
 * Minutes available for planned work on `day`: 0 before the start, on blocked dates, on days off, on the rest day
 * before the exam, and on or after the exam.
 */
export function dayCapacity(input: PlanInput, day: DayKey): number {
  if (day < input.startDate || day >= addDays(input.examDate, -1)) return 0;
  if (input.blockedDates.includes(day)) return 0;
  return weekdayCapacity(input, weekdayIndex(day));
}
