// Changing the settings regenerates the plan from today on. What the student already lived through stays: every
// task of a past day, and today's tasks that are done, skipped or have focus time on them. The fresh plan fills the
// rest; today only gets what still fits next to what is kept, and the once-only reset tasks (look back on the first
// attempt, enter the score report, book the advisor, review methods) are not handed out a second time.
import type { DayKey } from '../day';
import type { Supporter } from '../settings';
import type { Task } from '../types';
import { resetTasks } from './one-time-tasks';

export interface FutureMerge {
  kept: Task[];
  /** The fresh tasks to store (today's renumbered after the kept ones). */
  added: Task[];
  /** Ids of stored tasks the fresh plan replaces. */
  removedIds: string[];
}

/** A task the regeneration must not touch. */
export function keepsTask(task: Task, today: DayKey): boolean {
  if (task.day < today) return true;
  return task.day === today && (task.status !== 'todo' || (task.focusMinutes ?? 0) > 0);
}

/** One set of titles per reset task: both wordings of the score-report task, every supporter's meeting title. */
function resetTitleSlots(supporters: readonly Supporter[]): Set<string>[] {
  const variants = [resetTasks(supporters, true), resetTasks(supporters, false), resetTasks([], false)];
  return variants[0]!.map((_, i) => new Set(variants.map((list) => list[i]?.title ?? '')));
}

export function mergeFuture(existing: readonly Task[], fresh: readonly Task[], today: DayKey, todayCapacity: number, supporters: readonly Supporter[]): FutureMerge {
  const kept = existing.filter((t) => keepsTask(t, today));
  const keptTitles = new Set(kept.map((t) => t.title));
  const doneSlots = resetTitleSlots(supporters).filter((slot) => [...slot].some((title) => keptTitles.has(title)));
  const isRepeat = (t: Task) => doneSlots.some((slot) => slot.has(t.title));

  const keptToday = kept.filter((t) => t.day === today);
  let room = todayCapacity - keptToday.reduce((sum, t) => sum + t.minutes, 0);
  let order = keptToday.reduce((max, t) => Math.max(max, t.order + 1), 0);
  const added: Task[] = [];
  for (const task of fresh) {
    if (isRepeat(task)) continue;
    if (task.day !== today) {
      added.push(task);
    } else if (keptToday.length === 0) {
      added.push(task);
    } else if (task.minutes <= room) {
      room -= task.minutes;
      added.push({ ...task, order: order++ });
    }
  }
  const keptIds = new Set(kept.map((t) => t.id));
  return { kept, added, removedIds: existing.filter((t) => !keptIds.has(t.id)).map((t) => t.id) };
}
