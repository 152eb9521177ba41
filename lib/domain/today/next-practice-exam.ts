// The next practice exam still to sit, from today on, among the tasks the page read.
import { daysBetween, type DayKey } from '../day';
import type { Task } from '../types';

export interface NextPracticeExam {
  day: DayKey;
  title: string;
  /** 0 = today. */
  inDays: number;
}

export function nextPracticeExam(tasks: readonly Task[], today: DayKey): NextPracticeExam | null {
  let next: Task | null = null;
  for (const t of tasks) {
    if (t.kind !== 'practice-exam' || t.status !== 'todo' || t.day < today) continue;
    if (!next || t.day < next.day || (t.day === next.day && t.order < next.order)) next = t;
  }
  return next ? { day: next.day, title: next.title, inDays: daysBetween(today, next.day) } : null;
}
