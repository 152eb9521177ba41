// Where the day and the week stand: minutes studied (lib/domain/progress/studied-minutes.ts, the one definition every
// page uses) against minutes planned, and the questions logged, with their accuracy, against the questions planned.
// Rest tasks are planned rest, not work, so they are left out; a skipped task is no longer planned.
import { addDays, weekStart, type DayKey } from '../day';
import { studiedMinutes } from '../progress/studied-minutes';
import type { QuestionLog, Task } from '../types';
import { isRestLike } from '../task-kinds';

export interface TaskProgress {
  minutesDone: number;
  minutesPlanned: number;
  /** Questions logged, whether or not a planned block was ticked for them. */
  questionsDone: number;
  /** Of those, answered correctly. */
  correctDone: number;
  questionsPlanned: number;
  tasksDone: number;
  tasksPlanned: number;
}

export function taskProgress(tasks: readonly Task[], logs: readonly QuestionLog[] = []): TaskProgress {
  const p: TaskProgress = {
    minutesDone: 0,
    minutesPlanned: 0,
    questionsDone: 0,
    correctDone: 0,
    questionsPlanned: 0,
    tasksDone: 0,
    tasksPlanned: 0,
  };
  for (const t of tasks) {
    if (isRestLike(t.kind) || t.status === 'skipped') continue;
    p.tasksPlanned++;
    p.minutesPlanned += t.minutes;
    p.questionsPlanned += t.questions ?? 0;
    if (t.status !== 'done') continue;
    p.tasksDone++;
  }
  p.minutesDone = studiedMinutes(tasks, logs);
  for (const log of logs) {
    p.questionsDone += log.questions;
    p.correctDone += log.correct;
  }
  return p;
}

export const dayProgress = (tasks: readonly Task[], logs: readonly QuestionLog[], day: DayKey): TaskProgress =>
  taskProgress(
    tasks.filter((t) => t.day === day),
    logs.filter((l) => l.day === day),
  );

/** The week (Monday to Sunday) that holds `day`. */
export function weekProgress(tasks: readonly Task[], logs: readonly QuestionLog[], day: DayKey): TaskProgress {
  const from = weekStart(day);
  const to = addDays(from, 6);
  const inWeek = (d: DayKey) => d >= from && d <= to;
  return taskProgress(
    tasks.filter((t) => inWeek(t.day)),
    logs.filter((l) => inWeek(l.day)),
  );
}
