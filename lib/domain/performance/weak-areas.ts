// Which areas the student keeps scoring low in, and what that does to the score-report bands.
import type { Band } from '../types';
import type { AreaPerformance } from './area-performance';

/** Below 60% over recent blocks is "keeps scoring low" (the threshold). */
export const LOW_PERCENT = 60;
/** One bad block is a bad day; two blocks and 20 questions make a pattern. */
export const MIN_BLOCKS = 2;
export const MIN_QUESTIONS = 20;

export function weakAreas(performance: readonly AreaPerformance[]): string[] {
  return performance
    .filter((p) => p.blocks >= MIN_BLOCKS && p.questions >= MIN_QUESTIONS && p.percent < LOW_PERCENT)
    .map((p) => p.areaId);
}

/** The bands the planner should weigh by: the score report's, with areas weak in recent blocks raised to 'lower'. */
export function bandsWithPerformance(
  bands: Readonly<Record<string, Band>>,
  performance: readonly AreaPerformance[],
): Record<string, Band> {
  const out = { ...bands };
  for (const areaId of weakAreas(performance)) out[areaId] = 'lower';
  return out;
}
