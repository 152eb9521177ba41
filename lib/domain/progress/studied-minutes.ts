// Minutes studied per day for the heat map. A done task counts its recorded focus time, or its estimate when no
// focus block was run; a question block logged without a task adds its own minutes. Nothing is counted twice.
import type { DayKey } from '../day';
import type { QuestionLog, Task } from '../types';

export function studiedMinutesByDay(tasks: readonly Task[], logs: readonly QuestionLog[]): Map<DayKey, number> {
  const out = new Map<DayKey, number>();
  const add = (day: DayKey, minutes: number) => out.set(day, (out.get(day) ?? 0) + Math.max(0, minutes));
  for (const t of tasks) if (t.status === 'done') add(t.day, t.focusMinutes ?? t.minutes);
  for (const log of logs) if (!log.taskId) add(log.day, log.minutes);
  return out;
}
