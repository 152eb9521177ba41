// When a practice result counts as low, for the choice of message. Our rule, not a sourced cut-off (NBME publishes no
// single passing percent, ../shared/domain/README.md section 5): below the student's own go-ahead level when one is
// set; else an estimated probability of passing under 50%; else a drop of 3 points or more from the form before.
import type { Assessment } from '../types';

export const LOW_PASS_PROBABILITY = 50;
export const NOTABLE_DROP_POINTS = 3;

/** `sorted` oldest first. */
export function isLowScore(sorted: readonly Assessment[], goAheadPercent: number): boolean {
  const latest = sorted[sorted.length - 1];
  if (!latest) return false;
  if (goAheadPercent > 0) return latest.percentCorrect < goAheadPercent;
  if (latest.passProbability !== undefined) return latest.passProbability < LOW_PASS_PROBABILITY;
  const before = sorted[sorted.length - 2];
  return !!before && before.percentCorrect - latest.percentCorrect >= NOTABLE_DROP_POINTS;
}
