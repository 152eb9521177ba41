// A task before it has a day, an id and a position: what the day builders hand to the plan assembler.
import type { DayKey } from '../day';
import { TASK_KIND_FACTS } from '../task-kinds';
import type { Task } from '../types';

/** `rank` and `fixed` default to the kind's (lib/domain/task-kinds.ts); a task sets them only to differ. */
export type DraftTask = Omit<Task, 'id' | 'day' | 'status' | 'order'> & { rank?: number };

/** Where a task sits in its day when not where its kind usually does: looking back opens the day, and a practice
 * exam's review comes right after the sitting's place, before the day's questions. */
export const RANK = { start: 0, examReview: 2 } as const;

export const rankOf = (task: DraftTask): number => task.rank ?? TASK_KIND_FACTS[task.kind].rank;

/** The finished task. Fields are copied one by one (not with a rest spread): this runs for every task of a year. */
export function finishTask(draft: DraftTask, day: DayKey, order: number, idPrefix: string): Task {
  const task: Task = {
    id: `${idPrefix}-${day}-${order}`,
    day,
    kind: draft.kind,
    title: draft.title,
    minutes: draft.minutes,
    status: 'todo',
    order,
    priority: draft.priority,
  };
  if (draft.detail !== undefined) task.detail = draft.detail;
  if (draft.questions !== undefined) task.questions = draft.questions;
  if (draft.areaIds !== undefined) task.areaIds = draft.areaIds;
  const fixed = draft.fixed ?? (TASK_KIND_FACTS[draft.kind].fixed || undefined);
  if (fixed !== undefined) task.fixed = fixed;
  if (draft.formId !== undefined) task.formId = draft.formId;
  return task;
}
