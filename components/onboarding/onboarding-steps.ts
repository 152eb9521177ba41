// The onboarding's short steps, in the order a student can answer them: what and when, how much time, the score
// report, the questions and practice forms, and the people around them. Tested without a DOM.

export const ONBOARDING_STEPS = [
  { id: 'exam', title: 'Exam' },
  { id: 'time', title: 'Time' },
  { id: 'score', title: 'Score report' },
  { id: 'practice', title: 'Questions and forms' },
  { id: 'people', title: 'People' },
] as const;

export type StepId = (typeof ONBOARDING_STEPS)[number]['id'];

export const LAST_STEP = ONBOARDING_STEPS.length - 1;

/** The step to open for a problem: the step whose panel holds the field (found by the page), else where it is. */
export function stepOfField(stepIdOfField: string | undefined, current: number): number {
  const index = ONBOARDING_STEPS.findIndex((s) => s.id === stepIdOfField);
  return index >= 0 ? index : current;
}

/** The step after a move by `by`, kept within the first and the last. */
export function movedStep(current: number, by: number): number {
  return Math.min(LAST_STEP, Math.max(0, current + by));
}
