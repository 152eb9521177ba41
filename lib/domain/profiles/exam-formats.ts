// The two Step 1 formats (issue 11, rule 8): the one a student failed in follows from the date of that attempt, and
// the one they will sit from the exam date. Facts from ../shared/domain/step1-profile.json, `format`:
// - new ("current"), from 14 May 2026: 14 blocks of 20 items, 30 minutes each, 8 hours; items can be reviewed only
//   within the current block (usmle.org, test-delivery-software-updates-step-2-ck-and-step-1-coming-may-2026). Break
//   time at least 55 minutes: secondary (reviewbytes.com), not in the official excerpt, so not yet confirmed. Tutorial
//   length for Step 1 not read (../shared/domain/README.md, section 1).
// - old ("legacy"), until 13 May 2026: 7 blocks of up to 40 items, 60 minutes each, 8 hours, at least 45 minutes of
//   break and a 15-minute optional tutorial (studentdevelopment.arizona.edu/step-1-faqs, reporting the official
//   wording; the research did not read it on usmle.org, so it too is not marked confirmed).
// The one place that says which format a student met: the plan's early tasks (lib/domain/planner/one-time-tasks.ts)
// and today's messages (lib/domain/today/message-facts.ts) both read it.
import type { DayKey } from '../day';
import type { Attempt } from '../types';
import type { FactOrigin } from '../fact-origin';
import { examProfiles } from './index';
import { step1Profile } from './step1';

/** Step 1's format in force since 14 May 2026 ('current') and the one before it ('previous'). */
export type FormatId = 'current' | 'previous';

export interface ExamFormatFacts {
  id: FormatId;
  blocks: number;
  /** Items per block (at most, in the old format). */
  questionsPerBlock: number;
  minutesPerBlock: number;
  /** The least break time in the day, in minutes. */
  breakMinutes: number;
  /** false while the figure rests on secondary sources only: the plan says "not yet confirmed". */
  breakVerified: boolean;
  /** null where no source gave it for Step 1. */
  tutorialMinutes: number | null;
  source: string;
}

/** The first day of the current format: the profile's (step1-profile.json, format.current.effectiveFrom). */
export const CURRENT_FORMAT_FROM: DayKey = step1Profile.format?.effectiveFrom ?? '2026-05-14';

export const STEP1_FORMATS: Record<FormatId, ExamFormatFacts> = {
  previous: {
    id: 'previous',
    blocks: 7,
    questionsPerBlock: 40,
    minutesPerBlock: 60,
    breakMinutes: 45,
    breakVerified: false,
    tutorialMinutes: 15,
    source: 'https://studentdevelopment.arizona.edu/step-1-faqs',
  },
  current: {
    id: 'current',
    blocks: 14,
    questionsPerBlock: 20,
    minutesPerBlock: 30,
    breakMinutes: 55,
    breakVerified: false,
    tutorialMinutes: null,
    source: 'https://www.usmle.org/test-delivery-software-updates-step-2-ck-and-step-1-coming-may-2026',
  },
};

/** The Step 1 format in force on `day`. */
export const formatOn = (day: DayKey): FormatId => (day < CURRENT_FORMAT_FROM ? 'previous' : 'current');

/**
 * The format of the attempt the student failed, from its date and the day the exam's current format took effect in
 * its profile: for Step 1 'previous' before 14 May 2026 and 'current' from then; Step 2 CK changed on 7 May 2026
 * (step2ck-profile.json). null when there is no dated attempt or the profile dates no format (COMLEX, PLAB).
 * For messages (lib/domain/encouragement) and the plan's early tasks alike.
 */
export function failedFormat(attemptDate: DayKey | '' | undefined, examId = 'usmle-step1'): FormatId | null {
  const from = examProfiles.find((p) => p.id === examId)?.format?.effectiveFrom;
  if (!attemptDate || !from || !/^\d{4}-\d{2}-\d{2}$/.test(attemptDate)) return null;
  return attemptDate < from ? 'previous' : 'current';
}

/** The date of the latest attempt at `examId` that was not a pass (a fail, or an incomplete, which counts). */
export function latestFailedAttempt(
  attempts: readonly Pick<Attempt, 'examId' | 'date' | 'outcome'>[],
  examId: string,
): DayKey | undefined {
  let latest: DayKey | undefined;
  for (const a of attempts)
    if (a.examId === examId && a.outcome !== 'pass' && (latest === undefined || a.date > latest)) latest = a.date;
  return latest;
}

/** The format of the latest failed or incomplete attempt recorded; null when none is, or the exam has no dated format. */
export const failedFormatOf = (
  attempts: readonly Pick<Attempt, 'examId' | 'date' | 'outcome'>[],
  examId: string,
): FormatId | null => failedFormat(latestFailedAttempt(attempts, examId), examId);

/** The page the current format's break figure was read on (secondary: not in the official usmle.org excerpt). */
export const CURRENT_BREAK_SOURCE = 'https://reviewbytes.com/2026-usmle-format-changes-readiness/';

/**
 * What the exam day holds in the format sat on `examDate` (Step 1 only: the profile with dated formats and a break
 * figure), with where it comes from: the plan states the break budget, flagged while unverified (rule 8).
 */
export function examDayFacts(examId: string, examDate: DayKey): { sentence: string; origin: FactOrigin } | null {
  if (examId !== 'usmle-step1') return null;
  const era = formatOn(examDate);
  const f = STEP1_FORMATS[era];
  const upTo = era === 'previous' ? 'up to ' : '';
  return {
    sentence:
      `Exam day: ${f.blocks} blocks of ${upTo}${f.questionsPerBlock} questions, ${f.minutesPerBlock} minutes each, ` +
      `in about 8 hours. ${breakBudgetSentence(examDate)}`,
    origin: {
      asOf: step1Profile.asOf,
      verified: f.breakVerified,
      sources: era === 'current' ? [f.source, CURRENT_BREAK_SOURCE] : [f.source],
    },
  };
}

/** The break budget of the format sat on `examDate`, flagged "not yet confirmed" while the data has it unverified. */
export function breakBudgetSentence(examDate: DayKey): string {
  const facts = STEP1_FORMATS[formatOn(examDate)];
  const more =
    facts.tutorialMinutes === null
      ? ''
      : `, more if you finish a block or the ${facts.tutorialMinutes}-minute tutorial early`;
  const flag = facts.breakVerified ? '' : ' (not yet confirmed: check usmle.org before exam day)';
  return `Break time: at least ${facts.breakMinutes} minutes in the day${more}${flag}.`;
}

/** What changed for a student who failed in the old format and sits the new one. */
export function formatChangeSentence(): string {
  const { previous: old, current: next } = STEP1_FORMATS;
  return (
    `You sat Step 1 before ${CURRENT_FORMAT_FROM} in the old format: ${old.blocks} blocks of up to ${old.questionsPerBlock} ` +
    `questions, ${old.minutesPerBlock} minutes each. Your retake has ${next.blocks} blocks of ${next.questionsPerBlock} ` +
    `questions, ${next.minutesPerBlock} minutes each, and you can review items only within the block you are in.`
  );
}
