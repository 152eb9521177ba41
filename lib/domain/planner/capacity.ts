// Minutes a day holds. A parallel track (clinical hours or Step 2 CK hours) takes its hours out of the week in
// proportion to each day's minutes, so a 6-hour Monday and a 3-hour Saturday lose the same share.
import { addDays, weekdayIndex, type DayKey } from '../day';
import type { PlanInput } from './plan-types';

const MINUTES_PER_DAY = 1440;
/** No day plans more than 12 hours of work, whatever the student offers: an advisor would not sign more. */
export const MAX_DAY_MINUTES = 720;
/** Onboarding warns when a day offers more than 10 hours: weeks of such days do not hold up. */
export const LONG_DAY_MINUTES = 600;
/**
 * A light day plans at most an hour. The rule (issue 11, ../shared/DESIGN.md "What an advisor signs"): a light day
 * in every 7, at most an hour or 40% of that day's hours; an hour satisfies both readings on every day over 2.5 h.
 */
export const LIGHT_DAY_MINUTES = 60;

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

type CapacityInput = Pick<PlanInput, 'parallelTrack' | 'weekdayMinutes' | 'lightDay'>;

/** A weekday's minutes after the parallel track, at most 12 hours, before any light day. */
function offeredCapacity(input: CapacityInput, weekday: number): number {
  return Math.min(MAX_DAY_MINUTES, Math.floor(weekdayMinutesAt(input.weekdayMinutes, weekday) * parallelFactor(input)));
}

/**
 * The weekday kept light (an hour at most) when every weekday offers more than an hour: the shortest one, Sunday
 * first on ties, so every run of 7 days holds a light day. null when a day off or a short day already does, or the
 * student turned the light day off.
 */
export function lightWeekday(input: CapacityInput): number | null {
  if (input.lightDay === false) return null;
  const week = Array.from({ length: 7 }, (_, weekday) => offeredCapacity(input, weekday));
  if (week.some((minutes) => minutes <= LIGHT_DAY_MINUTES)) return null;
  let light = 6;
  for (let weekday = 5; weekday >= 0; weekday--) if (week[weekday]! < week[light]!) light = weekday;
  return light;
}

/** Study minutes of a weekday after the parallel track, the 12-hour cap and the light day; the planner fills at most this much. */
export function weekdayCapacity(input: CapacityInput, weekday: number): number {
  const offered = offeredCapacity(input, weekday);
  return weekday === lightWeekday(input) ? Math.min(offered, LIGHT_DAY_MINUTES) : offered;
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
