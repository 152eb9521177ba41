// Changing the settings remakes the plan from tomorrow on, and nothing the student lived through changes: every task
// of a past day, every done or skipped task whatever its day, every task with focus time on it, today as it stands
// (today is refilled only when the student asks for it), and the review of a practice exam they already sat. The
// fresh plan fills the rest, and on a day that keeps something it only gets what still fits next to it (a fixed
// sitting always goes in). The once-only reset tasks (look back on the first attempt, enter the score report, book
// the advisor, review methods) are not handed out a second time.
import type { DayKey } from '../day';
import type { Supporter } from '../settings';
import type { Task } from '../types';
import { OLD_FORMAT_FAILER, resetTasks } from './one-time-tasks';

export interface FutureMerge {
  kept: Task[];
  /** The fresh tasks to store (renumbered after the kept ones on a day that keeps some). */
  added: Task[];
  /** Ids of stored tasks the fresh plan replaces. */
  removedIds: string[];
}

export interface MergeOptions {
  today: DayKey;
  /** Minutes the student has on a day, by the new settings. */
  capacity: (day: DayKey) => number;
  supporters: readonly Supporter[];
  /** The student asked for today to be made again: today's untouched tasks give way to the fresh ones. */
  refillToday?: boolean;
  /** Untouched future tasks that stay anyway (the review of a practice exam already sat). */
  keepIds?: ReadonlySet<string>;
}

/** A task the regeneration must not touch. */
export function keepsTask(task: Task, today: DayKey, refillToday = false): boolean {
  if (task.day < today || task.status !== 'todo' || (task.focusMinutes ?? 0) > 0) return true;
  return task.day === today && !refillToday;
}

/** One set of titles per reset task: both wordings of the score-report task, every supporter's meeting title. */
function resetTitleSlots(supporters: readonly Supporter[]): Set<string>[] {
  const variants = [
    resetTasks(supporters, true, OLD_FORMAT_FAILER),
    resetTasks(supporters, true),
    resetTasks(supporters, false),
    resetTasks([], false),
  ];
  return variants[0]!.map((_, i) => new Set(variants.map((list) => list[i]?.title ?? '')));
}

/** Minutes still free and the next order, per day that keeps tasks. Skipped work takes no time. */
function roomByDay(
  kept: readonly Task[],
  capacity: (day: DayKey) => number,
): Map<DayKey, { room: number; order: number }> {
  const out = new Map<DayKey, { room: number; order: number }>();
  for (const t of kept) {
    const slot = out.get(t.day) ?? { room: capacity(t.day), order: 0 };
    out.set(t.day, {
      room: slot.room - (t.status === 'skipped' ? 0 : t.minutes),
      order: Math.max(slot.order, t.order + 1),
    });
  }
  return out;
}

export function mergeFuture(existing: readonly Task[], fresh: readonly Task[], options: MergeOptions): FutureMerge {
  const { today, refillToday = false, keepIds = new Set<string>() } = options;
  const kept = existing.filter((t) => keepsTask(t, today, refillToday) || keepIds.has(t.id));
  const keptTitles = new Set(kept.map((t) => t.title));
  const doneSlots = resetTitleSlots(options.supporters).filter((slot) =>
    [...slot].some((title) => keptTitles.has(title)),
  );
  const isRepeat = (t: Task) => doneSlots.some((slot) => slot.has(t.title));
  const rooms = roomByDay(
    kept.filter((t) => t.day >= today),
    options.capacity,
  );

  const added: Task[] = [];
  for (const task of fresh) {
    if (task.day < today || (task.day === today && !refillToday) || isRepeat(task)) continue;
    const slot = rooms.get(task.day);
    if (!slot) {
      added.push(task);
    } else if (task.fixed || task.minutes <= slot.room) {
      slot.room -= task.minutes;
      added.push({ ...task, order: slot.order++ });
    }
  }
  const keptIds = new Set(kept.map((t) => t.id));
  return { kept, added, removedIds: existing.filter((t) => !keptIds.has(t.id)).map((t) => t.id) };
}
