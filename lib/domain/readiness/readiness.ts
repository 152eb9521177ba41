// Where the student stands: practice results against their go-ahead level, in plain words. The word is
// "readiness", never "prediction": NBME's own older report said a self-assessment is "not intended to predict" a
// result, and NBME publishes no single passing percent (../shared/domain/README.md, section 5).
import { daysBetween, type DayKey } from '../day';
import type { ExamProfile } from '../profiles';
import type { Assessment } from '../types';
import { byDay, trendPerWeek } from './score-trend';

export type ReadinessLevel = 'no-data' | 'no-go-ahead' | 'below' | 'at-or-above';

export interface ReadinessInput {
  assessments: readonly Assessment[];
  profile: ExamProfile;
  /** 0 = not set (lib/domain/settings.ts). */
  goAheadPercent: number;
  rescheduleDeadline: DayKey | '';
  today: DayKey;
}

export interface Readiness {
  level: ReadinessLevel;
  latest: Assessment | null;
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

export function readiness(input: ReadinessInput): Readiness {
  const sorted = byDay(input.assessments);
  const latest = sorted[sorted.length - 1] ?? null;
  const trend = trendPerWeek(sorted);
  if (!latest) {
    return {
      level: 'no-data',
      latest,
      trendPerWeek: trend,
      decision: null,
      sentences: ['No practice exam logged yet. Your first form gives a starting point, not a verdict.'],
    };
  }
  const formName = input.profile.selfAssessments.find((f) => f.id === latest.formId)?.name ?? latest.formId;
  const sentences = [`Latest practice exam: ${formName}, ${latest.percentCorrect}% correct on ${latest.day}.`];
  if (latest.passProbability !== undefined) {
    sentences.push(
      `Its report estimated a ${latest.passProbability}% chance of passing if you tested within about a week. It is a readiness check, not a promise either way.`,
    );
  }
  const trendWords = trendSentence(trend);
  if (trendWords) sentences.push(trendWords);

  if (input.goAheadPercent <= 0) {
    sentences.push(
      'Set a go-ahead level in Settings to see how far you are from the score you want before sitting the exam.',
    );
    return { level: 'no-go-ahead', latest, trendPerWeek: trend, decision: null, sentences };
  }
  const gap = input.goAheadPercent - latest.percentCorrect;
  if (gap <= 0) {
    sentences.push(`That is at or above your go-ahead level of ${input.goAheadPercent}%.`);
    return { level: 'at-or-above', latest, trendPerWeek: trend, decision: null, sentences };
  }
  sentences.push(`That is ${gap} points below your go-ahead level of ${input.goAheadPercent}%.`);
  return { level: 'below', latest, trendPerWeek: trend, decision: decisionNear(input), sentences };
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
