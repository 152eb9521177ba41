// The plan never asks for more bank questions after today than the bank has left (questions left = the count the
// student entered minus what was logged since, lib/domain/history/questions-left.ts). Blocks logged beyond the plan,
// or missed blocks carried forward, can push the planned total over it; then the latest blocks give way first (cut
// to whole blocks, or dropped when none is left), because the nearest days are the ones the student is about to
// work and a top-up of the bank is most likely to come before the end. Retests re-use questions already done and do
// not draw on the bank. Blocks started (focus time) or fixed stay as they are; today is not "after today". A day's
// review of incorrect answers is sized by its blocks, so it shrinks with them, and goes when they all have.
import type { DayKey } from '../day';
import { resizedBlockTitle } from '../planner/task-copy';
import type { Task } from '../types';

export interface BankFit {
  /** The blocks cut or dropped (marked skipped), ready to be written back. */
  changed: Task[];
  /** Questions taken off the plan. */
  removed: number;
}

const drawsOnBank = (t: Task, today: DayKey): boolean =>
  t.kind === 'question-block' && t.status === 'todo' && t.day > today && (t.questions ?? 0) > 0;

/** Bank questions the tasks plan after today. */
export const bankQuestionsAfter = (tasks: readonly Task[], today: DayKey): number =>
  tasks.filter((t) => drawsOnBank(t, today)).reduce((sum, t) => sum + (t.questions ?? 0), 0);

export function fitToBank(tasks: readonly Task[], today: DayKey, left: number, questionsPerBlock: number): BankFit {
  let over = bankQuestionsAfter(tasks, today) - Math.max(0, left);
  const changed: Task[] = [];
  if (over <= 0) return { changed, removed: 0 };
  const removed = over;
  const latestFirst = tasks
    .filter((t) => drawsOnBank(t, today) && !t.fixed && (t.focusMinutes ?? 0) === 0)
    .sort((a, b) => b.day.localeCompare(a.day) || b.order - a.order);
  for (const task of latestFirst) {
    if (over <= 0) break;
    const questions = task.questions ?? 0;
    const perBlock = Math.max(1, questionsPerBlock);
    const kept = Math.floor(Math.max(0, questions - over) / perBlock) * perBlock;
    over -= questions - kept;
    if (kept === 0) {
      changed.push({ ...task, status: 'skipped' });
      continue;
    }
    const blocks = kept / perBlock;
    changed.push({
      ...task,
      questions: kept,
      minutes: Math.round((task.minutes * kept) / questions),
      title: resizedBlockTitle(task.title, blocks, kept),
    });
  }
  changed.push(...reviewsResized(tasks, changed));
  // Cutting to whole blocks may take off more than was over: that is what was taken off.
  return { changed, removed: removed - over };
}

const blockQuestions = (tasks: Iterable<Task>, day: DayKey): number => {
  let sum = 0;
  for (const t of tasks)
    if (t.day === day && t.kind === 'question-block' && t.status === 'todo') sum += t.questions ?? 0;
  return sum;
};

/** Each changed day's untouched review tasks, scaled by the questions its blocks kept (skipped when none is left). */
function reviewsResized(tasks: readonly Task[], cut: readonly Task[]): Task[] {
  const after = new Map(tasks.map((t) => [t.id, t]));
  for (const t of cut) after.set(t.id, t);
  const resized: Task[] = [];
  for (const day of new Set(cut.map((t) => t.day))) {
    const before = blockQuestions(tasks, day);
    const kept = blockQuestions(after.values(), day);
    if (before === 0 || kept === before) continue;
    for (const review of tasks) {
      const untouched = review.status === 'todo' && !review.fixed && (review.focusMinutes ?? 0) === 0;
      if (review.day !== day || review.kind !== 'review-incorrects' || !untouched) continue;
      resized.push(
        kept === 0
          ? { ...review, status: 'skipped' }
          : { ...review, minutes: Math.max(1, Math.round((review.minutes * kept) / before)) },
      );
    }
  }
  return resized;
}
