// The replanner: unfinished past work is carried forward by priority into free and buffer time, never past a day's
// capacity. The past is not rewritten: a missed task stays on its day as it was and a copy of it goes ahead
// (carried-copy.ts). Practice exams and other fixed tasks ahead keep their dates because nothing already planned
// moves; what does not fit before the exam is reported with choices instead of being piled onto tomorrow.
import { addDays, type DayKey } from '../day';
import type { Task } from '../types';
import { carriedCopy } from './carried-copy';
import { nextOrderByDay, plannedMinutesByDay } from './day-load';
import { overdueTasks } from './overdue';
import { replanChoices } from './replan-choices';
import type { ReplanInput, ReplanResult, TaskMove } from './replan-types';

function firstDayWithRoom(minutes: number, input: ReplanInput, load: Map<DayKey, number>): DayKey | null {
  for (let day = input.today; day <= input.lastDay; day = addDays(day, 1)) {
    const free = input.capacity(day) - (load.get(day) ?? 0);
    if (free >= minutes) return day;
  }
  return null;
}

export function replan(input: ReplanInput): ReplanResult {
  const { carry, expire } = overdueTasks(input.tasks, input.today, input.since);
  const load = plannedMinutesByDay(input.tasks.filter((t) => t.day >= input.today));
  const nextOrder = nextOrderByDay(input.tasks);
  const moves: TaskMove[] = [];
  const copies: Task[] = [];
  const unplaced: Task[] = [];

  for (const task of carry) {
    const to = firstDayWithRoom(task.minutes, input, load);
    if (to === null) {
      unplaced.push(task);
      continue;
    }
    load.set(to, (load.get(to) ?? 0) + task.minutes);
    const order = nextOrder.get(to) ?? 0;
    nextOrder.set(to, order + 1);
    const copy = carriedCopy(task, to, order);
    copies.push(copy);
    moves.push({ taskId: task.id, copyId: copy.id, title: task.title, minutes: task.minutes, from: task.day, to });
  }

  const unplacedMinutes = unplaced.reduce((sum, t) => sum + t.minutes, 0);
  return {
    copies,
    moves,
    expired: expire,
    unplaced,
    unplacedMinutes,
    choices: replanChoices(unplacedMinutes, input),
  };
}
