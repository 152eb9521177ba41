// The focus lengths the student can pick: their default, a block as long as one block of their exam, or a custom
// length. For Step 1 that block is 30 minutes: since 14 May 2026 Step 1 is delivered in 30-minute blocks of 20
// questions (step1Profile.format, from
// https://www.usmle.org/test-delivery-software-updates-step-2-ck-and-step-1-coming-may-2026).
import { step1Profile } from '../profiles/step1';

/** Step 1's block; the profile types its format as optional (other exams may lack a sourced one), Step 1 has it. */
export const EXAM_LIKE_BLOCK_MINUTES = step1Profile.format?.minutesPerBlock ?? 30;

/** One block of the student's exam, or Step 1's when that exam's profile has no sourced format. */
export function examBlockMinutes(format: { minutesPerBlock: number } | null | undefined): number {
  return format?.minutesPerBlock ?? EXAM_LIKE_BLOCK_MINUTES;
}
export const EXTEND_MINUTES = 10;
export const MAX_FOCUS_MINUTES = 180;

export interface FocusLengthChoice {
  minutes: number;
  label: string;
}

/**
 * The choices, the default first: `defaultMinutes` (a task's own length when it is shorter than the usual block),
 * the student's usual block when that differs, and one block of their exam. No length is offered twice.
 */
export function focusLengthChoices(
  defaultMinutes: number,
  examBlockMinutes = EXAM_LIKE_BLOCK_MINUTES,
  usualMinutes = defaultMinutes,
): FocusLengthChoice[] {
  const choices: FocusLengthChoice[] = [];
  const add = (minutes: number, label: string) =>
    choices.some((c) => c.minutes === minutes) || choices.push({ minutes, label });
  add(
    defaultMinutes,
    defaultMinutes === examBlockMinutes ? `${examBlockMinutes} min, like an exam block` : `${defaultMinutes} min`,
  );
  add(usualMinutes, `${usualMinutes} min`);
  add(examBlockMinutes, `${examBlockMinutes} min, like an exam block`);
  return choices;
}

/**
 * The length a block on a task starts with: the student's usual length (the last one they picked), or the task's own
 * minutes when the task is shorter (a 15-minute check-in gets a 15-minute block, not 50), within 1..180.
 */
export function focusMinutesFor(usualMinutes: number, taskMinutes?: number): number {
  const wanted = taskMinutes && taskMinutes > 0 ? Math.min(usualMinutes, taskMinutes) : usualMinutes;
  return Math.min(MAX_FOCUS_MINUTES, Math.max(1, Math.round(wanted)));
}

/** A custom length the student typed, or null when it is not a whole number of minutes in 1..180. */
export function parseFocusMinutes(value: string): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_FOCUS_MINUTES ? n : null;
}
