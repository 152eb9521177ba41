// Missed questions come back twice: about 2 days after they were logged and about 7 days after (the spacing the
// issue asks for; a miss answered right at both retests is retired). Pure: `today` is an argument.
import { addDays, type DayKey } from '../day';
import type { Miss } from '../types';

/** Days after logging at which a miss is retested. */
export const RETEST_OFFSETS = [2, 7] as const;

export function firstRetestDay(loggedOn: DayKey): DayKey {
  return addDays(loggedOn, RETEST_OFFSETS[0]);
}

/**
 * The miss after a retest. Right: the next retest (7 days after logging, never sooner than 2 days from today), or
 * retired after the last. Wrong: it starts over 2 days from today, because it is not learnt yet.
 */
export function afterRetest(miss: Miss, answeredRight: boolean, today: DayKey): Miss {
  if (!answeredRight) return { ...miss, retests: 0, due: addDays(today, RETEST_OFFSETS[0]) };
  const retests = miss.retests + 1;
  if (retests >= RETEST_OFFSETS.length) return { ...miss, retests, due: undefined };
  const planned = addDays(miss.loggedOn, RETEST_OFFSETS[retests] ?? RETEST_OFFSETS[1]);
  const soonest = addDays(today, RETEST_OFFSETS[0]);
  return { ...miss, retests, due: planned > soonest ? planned : soonest };
}

/** Misses whose retest is due on or before `day`. */
export function dueMisses(misses: readonly Miss[], day: DayKey): Miss[] {
  return misses.filter((m) => m.due !== undefined && m.due <= day);
}
