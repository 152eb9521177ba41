// The focus lengths the student can pick. 30 minutes mirrors a real Step 1 block: since 14 May 2026 Step 1 is
// delivered in 30-minute blocks of 20 questions
// (https://www.usmle.org/test-delivery-software-updates-step-2-ck-and-step-1-coming-may-2026).

export const EXAM_LIKE_BLOCK_MINUTES = 30;
export const EXTEND_MINUTES = 10;
export const MAX_FOCUS_MINUTES = 180;

export interface FocusLengthChoice {
  minutes: number;
  label: string;
}

export function focusLengthChoices(defaultMinutes: number): FocusLengthChoice[] {
  const choices: FocusLengthChoice[] = [{ minutes: defaultMinutes, label: `${defaultMinutes} min` }];
  if (defaultMinutes !== EXAM_LIKE_BLOCK_MINUTES) choices.push({ minutes: EXAM_LIKE_BLOCK_MINUTES, label: '30 min, like an exam block' });
  else choices[0] = { minutes: EXAM_LIKE_BLOCK_MINUTES, label: '30 min, like an exam block' };
  return choices;
}

/** A custom length the student typed, or null when it is not a whole number of minutes in 1..180. */
export function parseFocusMinutes(value: string): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_FOCUS_MINUTES ? n : null;
}
