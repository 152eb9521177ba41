// Which format the student failed in, from the date of their latest failed or incomplete attempt: the exam's
// current format if they sat on or after the day it took effect, the one before it otherwise. Step 1's current
// format (14 blocks of 20 questions, 30 minutes each) took effect on 14 May 2026; before that it was 7 blocks of up
// to 40 questions in 60 minutes (../shared/domain/step1-profile.json `format.current.effectiveFrom` and
// `format.legacy`, usmle.org "Test Delivery Software Updates for Step 2 CK and Step 1 Coming in May 2026").
import type { DayKey } from '../day';
import type { Attempt } from '../types';
import type { ExamFormat } from './exam-profile';

/** 'unknown' when no failed or incomplete attempt at this exam is recorded, or the profile has no format. */
export type FailedFormat = 'current' | 'previous' | 'unknown';

/** The format in force on `day`: 'previous' before the current format's first day. */
export const formatOn = (format: Pick<ExamFormat, 'effectiveFrom'>, day: DayKey): 'current' | 'previous' =>
  day < format.effectiveFrom ? 'previous' : 'current';

export function failedFormat(
  format: Pick<ExamFormat, 'effectiveFrom'> | null,
  examId: string,
  attempts: readonly Attempt[],
): FailedFormat {
  let latest: DayKey | null = null;
  for (const a of attempts)
    if (a.examId === examId && a.outcome !== 'pass' && (latest === null || a.date > latest)) latest = a.date;
  return format && latest ? formatOn(format, latest) : 'unknown';
}
