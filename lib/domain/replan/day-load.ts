// Minutes already planned per day. Done and to-do tasks both occupy the day: time spent stays spent.
import type { DayKey } from '../day';
import type { Task } from '../types';

export function plannedMinutesByDay(tasks: readonly Task[]): Map<DayKey, number> {
  const load = new Map<DayKey, number>();
  for (const task of tasks) {
    if (task.status === 'skipped') continue;
    load.set(task.day, (load.get(task.day) ?? 0) + task.minutes);
  }
  return load;
}

/** The next `order` value for a day, so that moved work goes after what the day already holds. */
export function nextOrderByDay(tasks: readonly Task[]): Map<DayKey, number> {
  const next = new Map<DayKey, number>();
  for (const task of tasks) next.set(task.day, Math.max(next.get(task.day) ?? 0, task.order + 1));
  return next;
}
