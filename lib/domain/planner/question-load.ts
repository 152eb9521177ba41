// How many question blocks a day asks for, and how the bank is shared when it cannot cover them all. Shares of a
// day's minutes are our defaults (no authoritative daily volume exists, ../shared/domain/README.md section 6):
// light in reset, ramping through rebuild, heaviest in consolidate, tapering in the final days.
import type { Phase } from './plan-types';

/** At most 8 blocks (160 questions) a day: more than that leaves no time to learn from the misses. */
export const MAX_BLOCKS_PER_DAY = 8;

export function questionShare(phase: Phase, rebuildProgress: number, daysLeft: number): number {
  if (phase === 'rebuild') return 0.35 + 0.2 * rebuildProgress;
  if (phase === 'consolidate') return 0.6;
  if (phase === 'final') return daysLeft <= 3 ? 0.25 : 0.45;
  return 0.2;
}

/**
 * Scales the wanted blocks down to `available` (largest remainder, earlier day first on ties), so the shape of
 * the ramp survives a small bank. Never gives a day more than it asked for.
 */
export function allocateBlocks(wanted: readonly number[], available: number): number[] {
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
    if ((given[index] ?? 0) < (wanted[index] ?? 0)) { given[index] = (given[index] ?? 0) + 1; left--; }
  }
  return given;
}
