// Tasks done against tasks planned, per week, up to today (future weeks are not a score yet).
import { weekStart, type DayKey } from '../day';
import type { Task } from '../types';
import { isRestLike } from '../task-kinds';

export interface WeekTasks {
  week: DayKey;
  planned: number;
  done: number;
}

export function tasksByWeek(tasks: readonly Task[], today: DayKey): WeekTasks[] {
  const weeks = new Map<DayKey, WeekTasks>();
  for (const t of tasks) {
    // Rest days are planned rest, not work to tick off.
    if (t.day > today || isRestLike(t.kind)) continue;
    const week = weekStart(t.day);
    const w = weeks.get(week) ?? { week, planned: 0, done: 0 };
    weeks.set(week, { week, planned: w.planned + 1, done: w.done + (t.status === 'done' ? 1 : 0) });
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
}
