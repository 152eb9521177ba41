// Which past tasks the replanner carries forward, in which order, and which it lets go. Neither list is changed:
// the records stay on their days as they were, and only copies of the carried ones go ahead.
import type { DayKey } from '../day';
import { isRecurring, isRestLike } from '../task-kinds';
import type { Task } from '../types';
import { hasLaterCopy, latestDayByRoot } from './carried-copy';

const recurringKey = (task: Task): string => `${task.kind}\u0000${task.title}`;

/**
 * Unfinished tasks dated from `since` (the last replan's day; earlier days were looked at then) to before `today`
 * that have not been carried already, split into the work to carry forward and the tasks that lapse: a rest day
 * cannot be caught up, and a recurring task (evening reflection, weekly review) that comes back on a later day is
 * replaced by that later one rather than doubled up.
 */
export function overdueTasks(
  tasks: readonly Task[],
  today: DayKey,
  since: DayKey = '',
): { carry: Task[]; expire: Task[] } {
  const comingBack = new Set(tasks.filter((t) => t.day >= today && t.status === 'todo').map(recurringKey));
  const latest = latestDayByRoot(tasks);
  const carry: Task[] = [];
  const expire: Task[] = [];
  for (const task of tasks) {
    if (task.status !== 'todo' || task.day >= today || task.day < since || hasLaterCopy(task, latest)) continue;
    if (isRestLike(task.kind) || (isRecurring(task.kind) && comingBack.has(recurringKey(task)))) expire.push(task);
    else carry.push(task);
  }
  // Most important first (priority 1 = must happen), then oldest first, then the day's own order.
  carry.sort(
    (a, b) => a.priority - b.priority || a.day.localeCompare(b.day) || a.order - b.order || a.id.localeCompare(b.id),
  );
  return { carry, expire };
}
