// The planner's contract: what goes in, what comes out. Pure data; `buildPlan` never reads the clock.
import type { DayKey } from '../day';
import type { ExamProfile } from '../profiles';
import type { ParallelTrackKind, Supporter } from '../settings';
import type { Band, Task } from '../types';

export const PHASES = ['reset', 'rebuild', 'consolidate', 'final'] as const;
export type Phase = (typeof PHASES)[number];

export interface PlanInput {
  profile: ExamProfile;
  /** The plan's first day (today when the plan is made or regenerated). */
  startDate: DayKey;
  /**
   * The day the retake plan first began, when it is remade later (settings changed): phases are counted from it, so
   * that week 5 stays in its phase instead of starting over at "reset". Defaults to `startDate`.
   */
  phaseStartDate?: DayKey;
  /** The exam day itself; no work is planned on or after it. */
  examDate: DayKey;
  /** Study minutes per weekday, Monday first; 0 = day off. */
  weekdayMinutes: number[];
  /** Dates with no study at all (rotations, holidays). */
  blockedDates: DayKey[];
  /** Score-report band per content-area id; missing = 'unknown'. */
  bands: Record<string, Band>;
  questionBankLeft: number;
  /** Self-assessment ids still available to take, in the order the student prefers them. */
  practiceFormIds: string[];
  /**
   * Set when the student already sat a practice exam (a remade plan): no baseline is planned, since the first form
   * sat was it, and no sitting before this day (a week after the last one). Absent on a new plan.
   */
  practiceTaken?: { notBefore: DayKey };
  parallelTrack: { kind: ParallelTrackKind; hoursPerWeek: number };
  supporters: Supporter[];
  /** Keep one day in every 7 light (an hour at most); on unless the student turns it off in Settings. */
  lightDay?: boolean;
  /** Last day to reschedule without losing the booking ('' or absent when unknown): checkpoints come before it. */
  rescheduleDeadline?: DayKey;
  /**
   * What the checkpoints say a later date would cost and mean (lib/domain/deadlines/later-date-cost.ts): the change
   * fee the student entered (null when not), the eligibility period's end and the school's deadline ('' when none).
   */
  laterDate?: {
    rescheduleFeeUSD: number | null;
    eligibilityEnd: DayKey | '';
    schoolDeadline: DayKey | '';
    resultWeeks: number;
  };
  /** The date of the attempt the student failed, when known: it says which exam format they met. */
  failedAttemptDate?: DayKey;
  /** Prefix for task ids so that a regenerated future never collides with kept past tasks. */
  idPrefix: string;
}

export type DayType = 'study' | 'off' | 'blocked' | 'rest';

export interface PlannedDay {
  day: DayKey;
  type: DayType;
  phase: Phase;
  /** Minutes the student has that day (0 on off, blocked and rest days). */
  capacityMinutes: number;
  /** Minutes deliberately left free so that a missed day can be absorbed. */
  bufferMinutes: number;
}

export interface PlanWarning {
  code:
    | 'too-few-hours'
    | 'exam-too-close'
    | 'bank-too-small'
    | 'no-practice-exams'
    | 'practice-exams-dropped'
    | 'practice-exams-spread'
    | 'long-days'
    | 'no-light-day';
  message: string;
}

export interface Plan {
  days: PlannedDay[];
  /** Every task, status 'todo', ordered by day then `order`. */
  tasks: Task[];
  warnings: PlanWarning[];
}
