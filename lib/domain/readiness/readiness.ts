// Where the student stands: practice results against their go-ahead level, in plain words. The word is
// "readiness", never "prediction": NBME's own older report said a self-assessment is "not intended to predict" a
// result, and NBME publishes no single passing percent (../shared/domain/README.md, section 5).
import { dayLabel } from '../format/day-words';
import { daysBetween, type DayKey } from '../day';
import type { ExamProfile } from '../profiles';
import type { Assessment } from '../types';
import { compareWithGoAhead, sameScale, type GoAheadLevels } from './go-ahead';
import { byDay, trendPerWeek } from './score-trend';

export type ReadinessLevel = 'no-data' | 'no-go-ahead' | 'below' | 'at-or-above';

export interface ReadinessInput {
  assessments: readonly Assessment[];
  profile: ExamProfile;
  /** The go-ahead level of each unit (go-ahead.ts): NBME probability of passing, Free 120 percent correct. */
  goAhead: GoAheadLevels;
  rescheduleDeadline: DayKey | '';
  today: DayKey;
}

export interface Readiness {
  level: ReadinessLevel;
  latest: Assessment | null;
  /** The trend of the latest form's own kind (NBME with NBME, UWorld with UWorld), points per week. */
  trendPerWeek: number | null;
  sentences: string[];
  /** Set when results are below the go-ahead level and the reschedule deadline is two weeks away or less. */
  decision: { daysLeft: number; deadline: DayKey; options: string[] } | null;
}

/** Two weeks: enough time for one more practice form and a calm decision. */
export const DECISION_WINDOW_DAYS = 14;

function trendSentence(trend: number | null): string | null {
  if (trend === null) return null;
  const points = Math.abs(trend).toFixed(1);
  if (Math.abs(trend) < 0.5) return 'Your recent practice results are holding steady.';
  return trend > 0
    ? `Your recent practice results are rising, about ${points} points a week.`
    : `Your recent practice results have dipped, about ${points} points a week; one form is one day, so look at the areas, not only the number.`;
}

const formNameOf = (profile: ExamProfile, formId: string) =>
  profile.selfAssessments.find((f) => f.id === formId)?.name ?? formId;

export function readiness(input: ReadinessInput): Readiness {
  const sorted = byDay(input.assessments);
  const latest = sorted[sorted.length - 1] ?? null;
  if (!latest) {
    return {
      level: 'no-data',
      latest,
      trendPerWeek: null,
      decision: null,
      sentences: ['No practice exam logged yet. Your first form gives a starting point, not a verdict.'],
    };
  }
  const trend = trendPerWeek(sameScale(sorted, latest));
  const sentences = [
    `Latest practice exam: ${formNameOf(input.profile, latest.formId)}, ${latest.percentCorrect}% correct on ${dayLabel(latest.day)}.`,
  ];
  if (latest.passProbability !== undefined) {
    sentences.push(
      `Its report estimated a ${latest.passProbability}% chance of passing if you tested within about a week. It is a readiness check, not a promise either way.`,
    );
  }
  const trendWords = trendSentence(trend);
  if (trendWords) sentences.push(trendWords);

  // The latest result that has a go-ahead level in its own unit: an NBME form by its probability of passing, the Free
  // 120 by percent correct. A UWorld result after it does not hide it; it is not compared with either level.
  const compared = [...sorted]
    .reverse()
    .map((result) => ({ result, comparison: compareWithGoAhead(result, input.goAhead) }))
    .find((c) => c.comparison !== null);
  if (!compared?.comparison) {
    sentences.push(noLevelSentence(latest, input.goAhead));
    return { level: 'no-go-ahead', latest, trendPerWeek: trend, decision: null, sentences };
  }
  const { result, comparison } = compared;
  const what =
    comparison.measure === 'probability'
      ? `an estimated ${comparison.value}% chance of passing`
      : `${comparison.value}% correct on the Free 120`;
  const level =
    comparison.measure === 'probability'
      ? `your go-ahead level of ${comparison.level}% (an NBME estimated probability of passing)`
      : `your Free 120 go-ahead level of ${comparison.level}% correct`;
  const of =
    result === latest
      ? 'That is'
      : `Your last comparable form, ${formNameOf(input.profile, result.formId)} on ${result.day}, gave ${what}:`;
  if (!comparison.below) {
    sentences.push(`${of} ${result === latest ? `${what}, ` : ''}at or above ${level}.`);
    return { level: 'at-or-above', latest, trendPerWeek: trend, decision: null, sentences };
  }
  const gap = Math.round((comparison.level - comparison.value) * 10) / 10;
  sentences.push(`${of} ${result === latest ? `${what}, ` : ''}${gap} points below ${level}.`);
  return { level: 'below', latest, trendPerWeek: trend, decision: decisionNear(input), sentences };
}

/** Why the latest result has no level to compare with, and what would give it one. */
function noLevelSentence(latest: Assessment, levels: GoAheadLevels): string {
  if (latest.formId === 'free-120')
    return 'Set a Free 120 go-ahead level (percent correct) in Settings to compare your Free 120 with the score you want before sitting.';
  if (latest.formId.startsWith('nbme') && latest.passProbability === undefined && levels.passProbability > 0)
    return "Add the report's estimated probability of passing when you log an NBME form: your go-ahead level is a probability of passing, and percent correct is another scale.";
  return 'This form has a scale of its own: compare it with earlier forms of the same kind, not with your NBME or Free 120 go-ahead level.';
}

function decisionNear(input: ReadinessInput): Readiness['decision'] {
  if (input.rescheduleDeadline === '') return null;
  const daysLeft = daysBetween(input.today, input.rescheduleDeadline);
  if (daysLeft < 0 || daysLeft > DECISION_WINDOW_DAYS) return null;
  return {
    daysLeft,
    deadline: input.rescheduleDeadline,
    options: [
      'Take one more practice form before the deadline and decide with that result.',
      'Reschedule to give your weakest areas more weeks (check what your school and the booking allow).',
      'Talk it through with your advisor or dean before the deadline, with your numbers in hand.',
    ],
  };
}
