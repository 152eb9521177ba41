// Tasks done against tasks planned, per week, up to today (future weeks are not a score yet).
import { weekStart, type DayKey } from '../day';
import type { Task } from '../types';
import { isRestLike } from '../task-kinds';
import { copyRoot } from '../replan/carried-copy';

export interface WeekTasks {
  week: DayKey;
  planned: number;
  done: number;
}

export function tasksByWeek(tasks: readonly Task[], today: DayKey): WeekTasks[] {
  // A missed task and the copy that carries it forward are one piece of work: it counts once, on its latest record
  // up to today (the copy, once its day has come), and it is done when that record is.
  const counted = latestRecordByRoot(tasks, today);
  const weeks = new Map<DayKey, WeekTasks>();
  for (const t of counted.values()) {
    // Rest days are planned rest, not work to tick off.
    if (isRestLike(t.kind)) continue;
    const week = weekStart(t.day);
    const w = weeks.get(week) ?? { week, planned: 0, done: 0 };
    weeks.set(week, { week, planned: w.planned + 1, done: w.done + (t.status === 'done' ? 1 : 0) });
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
}

function latestRecordByRoot(tasks: readonly Task[], today: DayKey): Map<string, Task> {
  const latest = new Map<string, Task>();
  for (const t of tasks) {
    if (t.day > today) continue;
    const root = copyRoot(t.id);
    const seen = latest.get(root);
    if (seen === undefined || t.day > seen.day) latest.set(root, t);
  }
  return latest;
}
