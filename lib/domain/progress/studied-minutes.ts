// Studied time, one definition for every page (the new tab's and popup's meters, the progress page's headline,
// heat map and table): a done task counts its recorded focus time, or its estimate when no focus block was run on
// it; a question block logged without a task adds the minutes logged with it. A block logged against a task counts
// once, through its task. Time is counted on the task's or log's own day, never on a day still ahead.
import type { DayKey } from '../day';
import type { QuestionLog, Task } from '../types';

export const taskStudiedMinutes = (task: Task): number => (task.status === 'done' ? Math.max(0, task.focusMinutes ?? task.minutes) : 0);
export const logStudiedMinutes = (log: QuestionLog): number => (log.taskId ? 0 : Math.max(0, log.minutes));

export function studiedMinutesByDay(tasks: readonly Task[], logs: readonly QuestionLog[], today?: DayKey): Map<DayKey, number> {
  const out = new Map<DayKey, number>();
  const add = (day: DayKey, minutes: number) => {
    if (minutes > 0 && (today === undefined || day <= today)) out.set(day, (out.get(day) ?? 0) + minutes);
  };
  for (const t of tasks) add(t.day, taskStudiedMinutes(t));
  for (const log of logs) add(log.day, logStudiedMinutes(log));
  return out;
}
