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
}

export interface TaskMove {
  taskId: string;
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
  /** Only the tasks that changed (moved, expired or unplaced), ready to be written back. */
  changed: Task[];
  moves: TaskMove[];
  /** Recurring tasks of a past day that come back later anyway (the next one stands in for them). */
  expired: Task[];
  /** Work that no longer fits before the exam; marked skipped so that nothing undone is left in the past. */
  unplaced: Task[];
  unplacedMinutes: number;
  /** Offered only when something did not fit. */
  choices: ReplanChoice[];
}
