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
 * Scales the wanted blocks down to `available` (largest remainder, earlier day first on ties), so the shape of
 * the ramp survives a small bank. Never gives a day more than it asked for. A small bank first gives one block to
 * one day of the last week and of every 14 days before it (the day that wants most), so no fortnight passes
 * without questions and the bank lasts into the final week.
 */
export function allocateBlocks(wanted: readonly number[], available: number): number[] {
  const total = wanted.reduce((sum, n) => sum + n, 0);
  if (total <= available) return [...wanted];
  if (available <= 0) return wanted.map(() => 0);
  const anchors = fortnightAnchors(wanted).slice(0, available);
  const rest = shareOut(
    wanted.map((n, i) => n - (anchors.includes(i) ? 1 : 0)),
    available - anchors.length,
  );
  for (const index of anchors) rest[index] = (rest[index] ?? 0) + 1;
  return rest;
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

function shareOut(wanted: readonly number[], available: number): number[] {
  const total = wanted.reduce((sum, n) => sum + n, 0);
  if (total <= available) return [...wanted];
  if (available <= 0) return wanted.map(() => 0);
  const exact = wanted.map((n) => (n * available) / total);
  const given = exact.map(Math.floor);
  let left = available - given.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    if ((given[index] ?? 0) < (wanted[index] ?? 0)) {
      given[index] = (given[index] ?? 0) + 1;
      left--;
    }
  }
  return given;
}
