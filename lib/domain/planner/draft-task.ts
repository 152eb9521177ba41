// A task before it has a day, an id and a position: what the day builders hand to the plan assembler.
import type { DayKey } from '../day';
import type { Task } from '../types';

export type DraftTask = Omit<Task, 'id' | 'day' | 'status' | 'order'> & { rank: number };

/** Where a task sits in its day: looking back first, the fixed sitting, questions before their review, evening last. */
export const RANK = {
  start: 0,
  exam: 1,
  examReview: 2,
  retest: 3,
  block: 4,
  incorrects: 5,
  content: 6,
  logistics: 7,
  weekly: 8,
  support: 9,
  reflection: 10,
} as const;

/** The finished task. Fields are copied one by one (not with a rest spread): this runs for every task of a year. */
export function finishTask(draft: DraftTask, day: DayKey, order: number, idPrefix: string): Task {
  const task: Task = {
    id: `${idPrefix}-${day}-${order}`, day, kind: draft.kind, title: draft.title, minutes: draft.minutes,
    status: 'todo', order, priority: draft.priority,
  };
  if (draft.detail !== undefined) task.detail = draft.detail;
  if (draft.questions !== undefined) task.questions = draft.questions;
  if (draft.areaIds !== undefined) task.areaIds = draft.areaIds;
  if (draft.fixed !== undefined) task.fixed = draft.fixed;
  if (draft.formId !== undefined) task.formId = draft.formId;
  return task;
}
