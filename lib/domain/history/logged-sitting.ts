// The sitting a logged practice exam stands for. The planned one is fulfilled whatever day the form was taken: it
// moves to that day, done, so the history and the studied time say when it really happened, and it is not planned
// again. A form taken without a planned sitting gets a done sitting of its own on that day.
import type { DayKey } from '../day';
import { practiceExamDetail, practiceExamTitle } from '../planner/task-copy';
import type { SelfAssessment } from '../profiles';
import type { Task } from '../types';

export interface LoggedSittingInput {
  tasks: readonly Task[];
  form: SelfAssessment;
  day: DayKey;
  completedAt: string;
  /** true when no other practice exam was sat before: this one is the baseline. */
  first: boolean;
  newId: () => string;
}

export function loggedSitting({ tasks, form, day, completedAt, first, newId }: LoggedSittingInput): Task {
  const order = tasks.filter((t) => t.day === day).reduce((max, t) => Math.max(max, t.order + 1), 0);
  const planned = tasks.find((t) => t.kind === 'practice-exam' && t.formId === form.id && t.status === 'todo');
  if (planned) {
    if (planned.day === day) return { ...planned, status: 'done', completedAt };
    return { ...planned, day, order, status: 'done', completedAt, movedFrom: planned.movedFrom ?? planned.day };
  }
  return {
    id: newId(),
    day,
    kind: 'practice-exam',
    title: practiceExamTitle(form, first),
    detail: practiceExamDetail(form),
    minutes: form.sittingMinutes,
    status: 'done',
    completedAt,
    order,
    priority: 1,
    fixed: true,
    formId: form.id,
  };
}
