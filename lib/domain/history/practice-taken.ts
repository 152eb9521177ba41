// The practice exams the student has already sat, from what they logged (assessments) and the sittings they ticked.
// A sat form is never planned again, the first one sat is the baseline, and the next sitting comes a week later at the
// earliest: two full forms within a week leave no time to act on the first result.
import { addDays, type DayKey } from '../day';
import type { SelfAssessment } from '../profiles';
import type { Assessment, Task } from '../types';
import { examReviewTitle } from '../planner/task-copy';

/** Days between a logged practice exam and the next planned one, at least. */
export const DAYS_AFTER_LOGGED_EXAM = 7;

export interface PracticeTaken {
  /** Form ids sat, each once, in the order they were sat. */
  formIds: string[];
  /** The days they were sat on, oldest first. */
  days: DayKey[];
}

export function practiceTaken(tasks: readonly Task[], assessments: readonly Assessment[]): PracticeTaken {
  const sittings = [
    ...assessments.map((a) => ({ formId: a.formId, day: a.day })),
    ...tasks.flatMap((t) =>
      t.kind === 'practice-exam' && t.status === 'done' && t.formId ? [{ formId: t.formId, day: t.day }] : [],
    ),
  ].sort((a, b) => a.day.localeCompare(b.day) || a.formId.localeCompare(b.formId));
  return { formIds: [...new Set(sittings.map((s) => s.formId))], days: [...new Set(sittings.map((s) => s.day))] };
}

/** The first day a new practice exam may be planned on ('' when none was sat). */
export function nextExamNotBefore(taken: PracticeTaken): DayKey | '' {
  const last = taken.days[taken.days.length - 1];
  return last ? addDays(last, DAYS_AFTER_LOGGED_EXAM) : '';
}

/** The planned review of a form's sitting. Plans made before reviews carried `formId` are matched by title. */
export const isReviewOf = (task: Task, form: SelfAssessment): boolean =>
  task.kind === 'review-incorrects' && (task.formId === form.id || task.title === examReviewTitle(form));
