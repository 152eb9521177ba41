// What the replanner takes and gives back. Pure data: `today` and each day's capacity are arguments.
import type { DayKey } from '../day';
import type { Task } from '../types';

export interface ReplanInput {
  /** Every stored task (past, today, future; any status). */
  tasks: readonly Task[];
  /** The plan day the student is in now. */
  today: DayKey;
  /** The last day that may hold work (the day before the rest day, usually). */
  lastDay: DayKey;
  /** Minutes the student has on `day` (0 on days off, blocked days and the rest day). */
  capacity: (day: DayKey) => number;
  /** The day of the last replan: days before it were looked at then. '' (never) looks at every past day. */
  since?: DayKey;
}

/** Work carried from a past day: `taskId` is the record left there, `copyId` the copy made on `to`. */
export interface TaskMove {
  taskId: string;
  copyId: string;
  title: string;
  minutes: number;
  from: DayKey;
  to: DayKey;
}

export type ReplanChoice =
  | { kind: 'add-hours'; minutes: number }
  | { kind: 'drop-lower-priority'; minutes: number }
  | { kind: 'move-exam-date' };

export interface ReplanResult {
  /** The copies to store, one per task carried forward; no stored record changes. */
  copies: Task[];
  moves: TaskMove[];
  /** Rest days and recurring tasks of a past day that come back later anyway: left as they were, not carried. */
  expired: Task[];
  /** Work that no longer fits before the exam: left on its day as it was, and offered to `makeRoom`. */
  unplaced: Task[];
  unplacedMinutes: number;
  /** Offered only when something did not fit. */
  choices: ReplanChoice[];
}
