// A missed task is never moved: its record stays on its day as the student left it (the plan page shows it there as
// missed), and a copy carries the work forward. The copy's id is its root's id and its own day (`root>day`), so a
// copy of a copy keeps one root, the same carry always makes the same id, and whether a task was already carried is
// one look at the days its root has.
import type { DayKey } from '../day';
import type { Task } from '../types';

const MARK = '>';

/** The id of the task first planned: `a>2026-11-26` and `a` both have root `a`. */
export const copyRoot = (id: string): string => id.split(MARK)[0]!;

/** The task as it is carried to `day`: untouched, at the day's `order`, remembering the day it was first planned. */
export function carriedCopy(task: Task, day: DayKey, order: number): Task {
  // Focus time and a tick belong to the record they were spent on; the copy starts fresh.
  const { completedAt: _done, focusMinutes: _focus, ...work } = task;
  return {
    ...work,
    id: `${copyRoot(task.id)}${MARK}${day}`,
    day,
    order,
    status: 'todo',
    movedFrom: task.movedFrom ?? task.day,
  };
}

/** The latest day each root has a record on. */
export function latestDayByRoot(tasks: readonly Task[]): Map<string, DayKey> {
  const latest = new Map<string, DayKey>();
  for (const t of tasks) {
    const root = copyRoot(t.id);
    const day = latest.get(root);
    if (day === undefined || t.day > day) latest.set(root, t.day);
  }
  return latest;
}

/** True when a later record of the same work exists: the task was carried already, so it is not carried again. */
export const hasLaterCopy = (task: Task, latest: ReadonlyMap<string, DayKey>): boolean =>
  (latest.get(copyRoot(task.id)) ?? task.day) > task.day;
