// Like with like (issue 11, rule 7): each practice result is compared with a go-ahead level in its own unit, never
// with a level set for another kind of form.
// - NBME self-assessments report an estimated probability of passing (since about February 2022, with an equated
//   percent correct; ../shared/domain/README.md section 5, quoting Blueprint): compared with the go-ahead
//   probability, 90% by default (lib/domain/planner/checkpoints.ts, DEFAULT_GO_AHEAD_PASS_PROBABILITY).
// - The Free 120 reports percent correct only, with no scaled score (section 5, medschooltutors.com): compared with
//   the student's own Free 120 percent, when they set one (no source gives a level).
// - UWorld and other forms have scales of their own: compared only with earlier forms of the same kind.
import type { Settings } from '../settings';
import type { Assessment } from '../types';

/** Forms on one score scale: their results can be compared with each other. */
export type ScoreScale = 'nbme' | 'free-120' | 'uworld' | `other:${string}`;

export function scoreScale(formId: string): ScoreScale {
  if (formId === 'free-120') return 'free-120';
  // Forms the student added carry their kind in the id (lib/domain/profiles/custom-forms.ts): a school's exams are
  // compared with each other, AMBOSS with AMBOSS; an added NBME or UWorld form falls in with its kind below.
  const added = /^(school|amboss)-custom-\d+$/.exec(formId);
  if (added) return `other:${added[1]}`;
  if (formId.startsWith('nbme')) return 'nbme';
  if (formId.startsWith('uwsa')) return 'uworld';
  return `other:${formId}`;
}

export interface GoAheadLevels {
  /** NBME estimated probability of passing, in percent (Settings; 90 unless the student changes it). */
  passProbability: number;
  /** Free 120 percent correct; 0 = not set. */
  free120Percent: number;
}

export const goAheadLevels = (
  settings: Pick<Settings, 'goAheadPassProbability' | 'goAheadPercent'>,
): GoAheadLevels => ({
  passProbability: settings.goAheadPassProbability,
  free120Percent: settings.goAheadPercent,
});

export interface GoAheadComparison {
  /** What is compared: the report's probability of passing, or percent correct. */
  measure: 'probability' | 'percent';
  value: number;
  level: number;
  below: boolean;
}

/** The result against the go-ahead level of its own unit, or null when it has none (or the report's figure is missing). */
export function compareWithGoAhead(result: Assessment, levels: GoAheadLevels): GoAheadComparison | null {
  const scale = scoreScale(result.formId);
  if (result.passProbability !== undefined && levels.passProbability > 0 && scale !== 'free-120') {
    const value = result.passProbability;
    return { measure: 'probability', value, level: levels.passProbability, below: value < levels.passProbability };
  }
  if (scale === 'free-120' && levels.free120Percent > 0) {
    const value = result.percentCorrect;
    return { measure: 'percent', value, level: levels.free120Percent, below: value < levels.free120Percent };
  }
  return null;
}

/** The earlier results on the same scale as `result`, oldest first (`sorted` oldest first). */
export const sameScale = (sorted: readonly Assessment[], result: Assessment): Assessment[] =>
  sorted.filter((a) => scoreScale(a.formId) === scoreScale(result.formId));
