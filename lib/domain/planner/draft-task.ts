// A task before it has a day, an id and a position: what the day builders hand to the plan assembler.
import type { Task } from '../types';

export type DraftTask = Omit<Task, 'id' | 'day' | 'status' | 'order'> & { rank: number };

/** Where a task sits in its day: looking back first, the fixed sitting, questions before their review, evening last. */
export const RANK = {
  start: 0,
  exam: 1,
  examReview: 2,
  retest: 3,
  block: 4,
  incorrects: 5,
  content: 6,
  logistics: 7,
  weekly: 8,
  support: 9,
  reflection: 10,
} as const;
