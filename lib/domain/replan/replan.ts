// The replanner: unfinished past work moves forward by priority into free and buffer time, never past a day's
// capacity. Practice exams and other fixed tasks ahead keep their dates because nothing already planned moves; what
// does not fit before the exam is reported with choices instead of being piled onto tomorrow.
import { addDays, type DayKey } from '../day';
import type { Task } from '../types';
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
  const { carry, expire } = overdueTasks(input.tasks, input.today);
  const load = plannedMinutesByDay(input.tasks.filter((t) => t.day >= input.today));
  const nextOrder = nextOrderByDay(input.tasks);
  const moves: TaskMove[] = [];
  const changed: Task[] = [];
  const unplaced: Task[] = [];

  for (const task of carry) {
    const to = firstDayWithRoom(task.minutes, input, load);
    if (to === null) {
      unplaced.push({ ...task, status: 'skipped' });
      continue;
    }
    load.set(to, (load.get(to) ?? 0) + task.minutes);
    const order = nextOrder.get(to) ?? 0;
    nextOrder.set(to, order + 1);
    // A task moved twice keeps the day it was first planned for: that is the day the student remembers.
    changed.push({ ...task, day: to, order, movedFrom: task.movedFrom ?? task.day });
    moves.push({ taskId: task.id, title: task.title, minutes: task.minutes, from: task.day, to });
  }

  const expired = expire.map((task) => ({ ...task, status: 'skipped' as const }));
  const unplacedMinutes = unplaced.reduce((sum, t) => sum + t.minutes, 0);
  return {
    changed: [...changed, ...expired, ...unplaced],
    moves,
    expired,
    unplaced,
    unplacedMinutes,
    choices: replanChoices(unplacedMinutes, input),
  };
}
