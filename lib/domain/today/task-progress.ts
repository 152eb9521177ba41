// Minutes and questions done against planned, for a day or a week. Rest tasks are planned rest, not work, so they
// are left out; a skipped task is no longer planned.
import { addDays, weekStart, type DayKey } from '../day';
import type { Task } from '../types';

export interface TaskProgress {
  minutesDone: number;
  minutesPlanned: number;
  questionsDone: number;
  questionsPlanned: number;
  tasksDone: number;
  tasksPlanned: number;
}

export function taskProgress(tasks: readonly Task[]): TaskProgress {
  const p: TaskProgress = { minutesDone: 0, minutesPlanned: 0, questionsDone: 0, questionsPlanned: 0, tasksDone: 0, tasksPlanned: 0 };
  for (const t of tasks) {
    if (t.kind === 'rest' || t.status === 'skipped') continue;
    const done = t.status === 'done';
    p.tasksPlanned++;
    p.minutesPlanned += t.minutes;
    p.questionsPlanned += t.questions ?? 0;
    if (!done) continue;
    p.tasksDone++;
    p.minutesDone += t.minutes;
    p.questionsDone += t.questions ?? 0;
  }
  return p;
}

export const dayProgress = (tasks: readonly Task[], day: DayKey): TaskProgress => taskProgress(tasks.filter((t) => t.day === day));

/** The week (Monday to Sunday) that holds `day`. */
export function weekProgress(tasks: readonly Task[], day: DayKey): TaskProgress {
  const from = weekStart(day);
  const to = addDays(from, 6);
  return taskProgress(tasks.filter((t) => t.day >= from && t.day <= to));
}
