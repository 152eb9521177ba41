// Which moment of the retake today is, from plain facts about the plan and the student's recent days. Pure: the
// page gathers the facts (lib/domain/today/today-facts.ts) and this decides; the first rule that fits wins.
import { addDays, daysBetween, type DayKey } from '../day';

export const SITUATIONS = [
  'exam-day',
  'exam-eve',
  'low-mood-run',
  'hard-day',
  'after-low-score',
  'practice-exam-tomorrow',
  'rest-day',
  'first-day',
  'coming-back',
  'exam-week',
  'streak',
  'ordinary',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export interface SituationFacts {
  today: DayKey;
  /** The plan's first day. */
  startDate: DayKey;
  examDate: DayKey;
  /** No study planned today (a day off, a blocked date, or the rest day before the exam). */
  restDay: boolean;
  /** Study days in a row with something done, up to yesterday (today counts once something is done). */
  streakDays: number;
  /** Study days in a row with nothing done, right before today. */
  missedDays: number;
  /** The latest practice exam and whether it was low (lib/domain/today/low-score.ts). */
  lastPractice: { day: DayKey; low: boolean } | null;
  practiceExamTomorrow: boolean;
  /** The latest evening reflection's mood, 1 (very hard day) ... 5 (good day). */
  latestMood: { day: DayKey; mood: number } | null;
  /** Three low evenings within seven days, and the pointer to "Get support" not shown in the last few days
   * (lib/domain/wellbeing/low-mood-run.ts); absent: false. */
  supportDue?: boolean;
}

/** Three finished study days in a row is the first run worth naming. */
export const STREAK_DAYS = 3;
/** One missed day is a wobble; two in a row is a gap worth a word on coming back. */
export const MISSED_DAYS = 2;
/** A mood of 2 or lower ("hard") asks for a gentle message the next day. */
export const LOW_MOOD = 2;
export const EXAM_WEEK_DAYS = 7;

export function situationOf(f: SituationFacts): Situation {
  const yesterday = addDays(f.today, -1);
  const daysToExam = daysBetween(f.today, f.examDate);
  if (daysToExam === 0) return 'exam-day';
  if (daysToExam === 1) return 'exam-eve';
  if (f.supportDue) return 'low-mood-run';
  if (f.latestMood && f.latestMood.mood <= LOW_MOOD && f.latestMood.day >= yesterday) return 'hard-day';
  if (f.lastPractice?.low && f.lastPractice.day >= yesterday) return 'after-low-score';
  if (f.practiceExamTomorrow) return 'practice-exam-tomorrow';
  if (f.restDay) return 'rest-day';
  if (f.today <= f.startDate) return 'first-day';
  if (f.missedDays >= MISSED_DAYS) return 'coming-back';
  if (daysToExam > 0 && daysToExam <= EXAM_WEEK_DAYS) return 'exam-week';
  if (f.streakDays >= STREAK_DAYS) return 'streak';
  return 'ordinary';
}
