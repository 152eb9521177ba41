// The "drop lower-priority work" choice, carried out: each task that did not fit, most important first, sends a copy
// (carried-copy.ts) into the place of nice-to-have work (priority 4-5, not fixed, not started) on the first day where
// dropping that work frees enough room. The task itself stays on its past day as it was. Nothing passes a day's
// capacity, fixed tasks stay, and only work less important than the task that needs the room is dropped.
import { addDays, type DayKey } from '../day';
import type { Task } from '../types';
import { carriedCopy, hasLaterCopy, latestDayByRoot } from './carried-copy';
import { nextOrderByDay, plannedMinutesByDay } from './day-load';
import { LOWER_PRIORITY } from './replan-choices';
import type { ReplanInput, TaskMove } from './replan-types';

export interface MakeRoomInput extends ReplanInput {
  /** The past tasks the replanner could not place (left on their days, unfinished). */
  unplacedIds: readonly string[];
}

export interface MakeRoomResult {
  /** What to write: the copies placed (new records) and the work dropped to make room. */
  changed: Task[];
  placed: TaskMove[];
  dropped: Task[];
  /** Unplaced tasks for which even dropping lower-priority work made no room. */
  stillUnplaced: Task[];
}

const byImportance = (a: Task, b: Task) => a.priority - b.priority || a.day.localeCompare(b.day) || a.order - b.order;
/** Least important first, then the latest in the day: what a student would give up first. */
const byDispensability = (a: Task, b: Task) => b.priority - a.priority || b.order - a.order;

export function makeRoom(input: MakeRoomInput): MakeRoomResult {
  const byId = new Map(input.tasks.map((t) => [t.id, t]));
  const latest = latestDayByRoot(input.tasks);
  // A task done meanwhile, or carried already (a second click), needs no room.
  const wanted = input.unplacedIds
    .map((id) => byId.get(id))
    .filter((t): t is Task => t !== undefined && t.status === 'todo' && t.day < input.today && !hasLaterCopy(t, latest))
    .sort(byImportance);
  const ahead = input.tasks.filter((t) => t.day >= input.today);
  const load = plannedMinutesByDay(ahead);
  const nextOrder = nextOrderByDay(input.tasks);
  const dropped = new Map<string, Task>();
  const placed: TaskMove[] = [];
  const placedTasks: Task[] = [];
  const stillUnplaced: Task[] = [];

  const droppableOn = (day: DayKey, task: Task) =>
    ahead
      .filter(
        (t) =>
          t.day === day &&
          t.status === 'todo' &&
          !t.fixed &&
          t.priority >= LOWER_PRIORITY &&
          t.priority > task.priority &&
          !dropped.has(t.id),
      )
      .sort(byDispensability);

  for (const task of wanted) {
    let home: DayKey | null = null;
    for (let day = input.today; day <= input.lastDay && home === null; day = addDays(day, 1)) {
      let free = input.capacity(day) - (load.get(day) ?? 0);
      const candidates = droppableOn(day, task);
      const room = free + candidates.reduce((sum, t) => sum + t.minutes, 0);
      if (room < task.minutes) continue;
      for (const candidate of candidates) {
        if (free >= task.minutes) break;
        dropped.set(candidate.id, { ...candidate, status: 'skipped' });
        free += candidate.minutes;
        load.set(day, (load.get(day) ?? 0) - candidate.minutes);
      }
      home = day;
    }
    if (home === null) {
      stillUnplaced.push(task);
      continue;
    }
    load.set(home, (load.get(home) ?? 0) + task.minutes);
    const order = nextOrder.get(home) ?? 0;
    nextOrder.set(home, order + 1);
    const copy = carriedCopy(task, home, order);
    placedTasks.push(copy);
    placed.push({
      taskId: task.id,
      copyId: copy.id,
      title: task.title,
      minutes: task.minutes,
      from: task.day,
      to: home,
    });
  }

  return { changed: [...placedTasks, ...dropped.values()], placed, dropped: [...dropped.values()], stillUnplaced };
}
