// Studied time, one definition for every page (the new tab's and popup's meters, the progress page's headline,
// heat map and table):
// - a done task counts its recorded focus time; without focus time, the minutes logged against it (a question
//   block); without either, its estimate;
// - a question block logged without a task (or against a task not done) counts its own minutes;
// - each on its own day, and never on a day still ahead. Nothing is counted twice.
import type { DayKey } from '../day';
import type { QuestionLog, Task } from '../types';

export interface StudiedParts {
  /** Minutes of each done task, by task id. */
  tasks: Map<string, { day: DayKey; minutes: number }>;
  /** Logs that count their own minutes. */
  looseLogs: QuestionLog[];
}

export function studiedParts(tasks: readonly Task[], logs: readonly QuestionLog[]): StudiedParts {
  const logged = new Map<string, number>();
  for (const log of logs)
    if (log.taskId) logged.set(log.taskId, (logged.get(log.taskId) ?? 0) + Math.max(0, log.minutes));
  const done = new Map<string, { day: DayKey; minutes: number }>();
  for (const t of tasks) {
    if (t.status === 'done')
      done.set(t.id, { day: t.day, minutes: Math.max(0, t.focusMinutes ?? logged.get(t.id) ?? t.minutes) });
  }
  return { tasks: done, looseLogs: logs.filter((log) => !log.taskId || !done.has(log.taskId)) };
}

export function studiedMinutesByDay(
  tasks: readonly Task[],
  logs: readonly QuestionLog[],
  today?: DayKey,
): Map<DayKey, number> {
  const out = new Map<DayKey, number>();
  const add = (day: DayKey, minutes: number) => {
    if (minutes > 0 && (today === undefined || day <= today)) out.set(day, (out.get(day) ?? 0) + minutes);
  };
  const parts = studiedParts(tasks, logs);
  for (const { day, minutes } of parts.tasks.values()) add(day, minutes);
  for (const log of parts.looseLogs) add(log.day, Math.max(0, log.minutes));
  return out;
}

export const studiedMinutes = (tasks: readonly Task[], logs: readonly QuestionLog[], today?: DayKey): number =>
  [...studiedMinutesByDay(tasks, logs, today).values()].reduce((sum, m) => sum + m, 0);
