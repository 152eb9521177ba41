// How many question blocks a day asks for, and how the bank is shared when it cannot cover them all. Shares of a
// day's minutes are our defaults (no authoritative daily volume exists, ../shared/domain/README.md section 6):
// light in reset, ramping through rebuild, heaviest in consolidate, tapering in the final days.
import type { Phase } from './plan-types';

/** At most 6 blocks (120 questions) a day: full-time advice is 80-120 questions a day (issue 11, rule 5), and more
 * than that leaves no time to learn from the misses. */
export const MAX_BLOCKS_PER_DAY = 6;
/** A full-time day, past the reset, asks for at least 4 blocks (80 questions). */
export const FULL_TIME_MINUTES = 360;
export const FULL_TIME_MIN_BLOCKS = 4;
/** No 14 days pass without a question block, as far as the bank allows. */
export const QUESTION_GAP_DAYS = 14;

export function questionShare(phase: Phase, rebuildProgress: number, daysLeft: number): number {
  if (phase === 'rebuild') return 0.35 + 0.2 * rebuildProgress;
  if (phase === 'consolidate') return 0.6;
  if (phase === 'final') return daysLeft <= 3 ? 0.25 : 0.45;
  return 0.2;
}

/**
 * Shares `available` blocks over the days that want them; never gives a day more than it asked for. A bank too small
 * for every block first gives one block to one day of the last week and of every 14 days before it (the earliest
 * there that wants one), so no fortnight passes without questions and the bank lasts into the final week. Then the
 * dedicated stretch (`dedicated[i]`, the last weeks) gets every block it asks for, and the foundation before it
 * shares what is left; whichever stretch cannot have all its blocks gets them paced evenly along it (`paceOut`), so
 * the bank never runs out months before the exam (issue 11, rule 5: "the bank lasts until the final week").
 */
export function allocateBlocks(
  wanted: readonly number[],
  available: number,
  dedicated: readonly boolean[] = [],
): number[] {
  const total = wanted.reduce((sum, n) => sum + n, 0);
  if (total <= available) return [...wanted];
  if (available <= 0) return wanted.map(() => 0);
  const anchors = new Set(fortnightAnchors(wanted).slice(0, available));
  const rest = wanted.map((n, i) => n - (anchors.has(i) ? 1 : 0));
  const late = rest.map((n, i) => (dedicated[i] ? n : 0));
  const early = rest.map((n, i) => (dedicated[i] ? 0 : n));
  const left = available - anchors.size;
  const lateTotal = late.reduce((sum, n) => sum + n, 0);
  const given =
    lateTotal >= left ? paceOut(late, left) : paceOut(early, left - lateTotal).map((n, i) => n + (late[i] ?? 0));
  return given.map((n, i) => n + (anchors.has(i) ? 1 : 0));
}

/**
 * Days that each get one block first, back from the end: the earliest day that wants blocks in the last week, then
 * each time the earliest such day in the 14 days before the previous one (the furthest back that still keeps the
 * gap within 14 days), so that any 14 days in a row that want blocks hold one of them with the fewest blocks.
 */
function fortnightAnchors(wanted: readonly number[]): number[] {
  const anchors: number[] = [];
  let windowEnd = wanted.length;
  let windowSize = 7;
  while (windowEnd >= QUESTION_GAP_DAYS || anchors.length === 0) {
    let found = -1;
    for (let i = Math.max(0, windowEnd - windowSize); i < windowEnd; i++)
      if ((wanted[i] ?? 0) > 0) {
        found = i;
        break;
      }
    if (found < 0) {
      // Nothing wants blocks in this stretch: carry on from the latest day before it that does.
      let before = windowEnd - windowSize - 1;
      while (before >= 0 && (wanted[before] ?? 0) <= 0) before--;
      if (before < 0) break;
      found = before;
    }
    anchors.push(found);
    windowEnd = found;
    windowSize = QUESTION_GAP_DAYS;
  }
  return anchors;
}

/**
 * Scales `wanted` down to `available` blocks along the days in order: each day gets the blocks its rounded running
 * share crosses, so a stretch where every day wants one block gets one every second or third day instead of the
 * earliest days taking them all.
 */
function paceOut(wanted: readonly number[], available: number): number[] {
  const total = wanted.reduce((sum, n) => sum + n, 0);
  if (total <= available) return [...wanted];
  if (available <= 0) return wanted.map(() => 0);
  let before = 0;
  let running = 0;
  return wanted.map((n) => {
    running += n;
    // The running share rounded to the nearest block, in integers so the same input always gives the same split.
    const upTo = Math.floor((2 * running * available + total) / (2 * total));
    const count = upTo - before;
    before = upTo;
    return count;
  });
}
