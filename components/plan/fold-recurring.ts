// The same recurring line on most days of a week (the evening reflection, the retest of logged misses) is said once
// for the week instead of on every day, so each day shows what is particular to it. Pure, tested without a DOM.
import { isRecurring } from '../../lib/domain/task-kinds';
import type { Task } from '../../lib/domain/types';
import type { PlanWeekView } from './plan-weeks';

/** A line shown on at least this many days of a week is folded into the week's heading. */
const FOLD_FROM_DAYS = 3;

export interface FoldedLine {
  title: string;
  kind: Task['kind'];
  /** The usual length (the most common one). */
  minutes: number;
  days: number;
  done: number;
}

export function foldRecurring(week: PlanWeekView): { folded: FoldedLine[]; week: PlanWeekView } {
  const counts = new Map<string, Task[]>();
  for (const d of week.days)
    for (const t of d.tasks) if (isRecurring(t.kind)) counts.set(t.title, [...(counts.get(t.title) ?? []), t]);
  const folded: FoldedLine[] = [];
  for (const [title, tasks] of counts) {
    if (new Set(tasks.map((t) => t.day)).size < FOLD_FROM_DAYS) continue;
    const lengths = tasks.map((t) => t.minutes);
    const minutes = lengths.sort(
      (a, b) => lengths.filter((x) => x === b).length - lengths.filter((x) => x === a).length,
    )[0]!;
    folded.push({
      title,
      kind: tasks[0]!.kind,
      minutes,
      days: tasks.length,
      done: tasks.filter((t) => t.status === 'done').length,
    });
  }
  if (folded.length === 0) return { folded, week };
  const titles = new Set(folded.map((f) => f.title));
  return {
    folded,
    week: { ...week, days: week.days.map((d) => ({ ...d, tasks: d.tasks.filter((t) => !titles.has(t.title)) })) },
  };
}
