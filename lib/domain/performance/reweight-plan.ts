// Logged performance re-weights the remaining plan: the coming content-review and question-block tasks of areas the
// student keeps scoring low in get extra minutes, taken only from free time, so no day passes its hours. Each task
// is topped up once (`performanceMinutes`), so running this every day does not keep growing it.
import { addDays, type DayKey } from '../day';
import type { Task } from '../types';

/** A quarter hour per task: enough to redo the misses of one block, small enough to fit beside the plan. */
export const EXTRA_MINUTES = 15;
/** Two weeks ahead: later days will see newer results. */
export const HORIZON_DAYS = 14;

const REWEIGHTED_KINDS: ReadonlySet<Task['kind']> = new Set(['content-review', 'question-block']);

export interface ReweightInput {
  tasks: readonly Task[];
  weakAreaIds: readonly string[];
  today: DayKey;
  capacity: (day: DayKey) => number;
}

export function reweightPlan(input: ReweightInput): Task[] {
  const weak = new Set(input.weakAreaIds);
  if (weak.size === 0) return [];
  const last = addDays(input.today, HORIZON_DAYS);
  const load = new Map<DayKey, number>();
  for (const t of input.tasks) if (t.status !== 'skipped') load.set(t.day, (load.get(t.day) ?? 0) + t.minutes);

  const changed: Task[] = [];
  const candidates = input.tasks
    .filter(
      (t) => t.status === 'todo' && !t.fixed && t.day >= input.today && t.day <= last && REWEIGHTED_KINDS.has(t.kind),
    )
    .filter((t) => t.performanceMinutes === undefined && (t.areaIds ?? []).some((id) => weak.has(id)))
    .sort((a, b) => a.day.localeCompare(b.day) || a.order - b.order);
  for (const task of candidates) {
    const used = load.get(task.day) ?? 0;
    if (used + EXTRA_MINUTES > input.capacity(task.day)) continue;
    load.set(task.day, used + EXTRA_MINUTES);
    changed.push({ ...task, minutes: task.minutes + EXTRA_MINUTES, performanceMinutes: EXTRA_MINUTES });
  }
  return changed;
}
