// When a practice result counts as low, for the choice of message: against the go-ahead level of its own unit
// (lib/domain/readiness/go-ahead.ts: an NBME form by its estimated probability of passing, the Free 120 by percent
// correct), never against a 50% chance of passing (issue 11, rule 7). A form with no level of its own (UWorld, an NBME
// logged without its probability) counts as low after a drop of 3 points or more from the form of the same kind
// before it. Our rule, not a sourced cut-off (NBME publishes no single passing percent, ../shared/domain/README.md
// section 5).
import { compareWithGoAhead, sameScale, type GoAheadLevels } from '../readiness/go-ahead';
import type { Assessment } from '../types';

export const NOTABLE_DROP_POINTS = 3;

/** `sorted` oldest first. */
export function isLowScore(sorted: readonly Assessment[], levels: GoAheadLevels): boolean {
  const latest = sorted[sorted.length - 1];
  if (!latest) return false;
  const comparison = compareWithGoAhead(latest, levels);
  if (comparison) return comparison.below;
  const same = sameScale(sorted, latest);
  const before = same[same.length - 2];
  return !!before && before.percentCorrect - latest.percentCorrect >= NOTABLE_DROP_POINTS;
}
