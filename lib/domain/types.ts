// The records Retake Coach keeps. These shapes are the backup file's contract (../shared/DESIGN.md, "Backup
// file"): add optional fields freely, but renaming or removing one needs a schema migration and a backup migration.
import type { DayKey } from './day';

// The kinds and their facts live in one table (task-kinds.ts).
import type { TaskKind } from './task-kinds';

export { TASK_KINDS, type TaskKind } from './task-kinds';

export const TASK_STATUSES = ['todo', 'done', 'skipped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Task {
  id: string;
  day: DayKey;
  kind: TaskKind;
  title: string;
  minutes: number;
  status: TaskStatus;
  questions?: number;
  areaIds?: string[];
  /** Position within its day, from 0. */
  order: number;
  /** 1 = must happen ... 5 = nice to have; the replanner moves the lowest number first. */
  priority: number;
  /** Kept on its date by the replanner (practice exams, the rest day before the exam). */
  fixed?: boolean;
  /** practice-exam tasks: the self-assessment's id from the exam profile. */
  formId?: string;
  /** One sentence of how-to under the title. */
  detail?: string;
  /** ISO time the task was checked. */
  completedAt?: string;
  /** Set by the replanner when it moved the task from an earlier day. */
  movedFrom?: DayKey;
  /** Finished focus time recorded against this task. */
  focusMinutes?: number;
  /** Minutes added once because recent scores in its areas were low (lib/domain/performance). */
  performanceMinutes?: number;
  /** retest-misses tasks made when misses were logged: the misses they bring back, and which retest round. */
  missIds?: string[];
  retestRound?: number;
}

export const BANDS = ['lower', 'same', 'higher', 'unknown'] as const;
export type Band = (typeof BANDS)[number];

export const ATTEMPT_OUTCOMES = ['fail', 'incomplete', 'pass'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

export interface Attempt {
  id: string;
  examId: string;
  date: DayKey;
  outcome: AttemptOutcome;
}

export const QUESTION_MODES = ['timed', 'tutor'] as const;
export type QuestionMode = (typeof QUESTION_MODES)[number];

export interface QuestionLog {
  id: string;
  day: DayKey;
  taskId?: string;
  questions: number;
  correct: number;
  mode: QuestionMode;
  areaIds: string[];
  /** What the student entered per area for a block of several areas (optional): one entry per area of `areaIds`,
   * adding up to `questions` and `correct`. Without it nobody knows how the block was shared, and it stays whole. */
  areaCounts?: AreaCount[];
  minutes: number;
  createdAt: string;
}

export interface AreaCount {
  areaId: string;
  questions: number;
  correct: number;
}

/** A missed question as the student enters it with its block. */
export interface MissEntry {
  questionId: string;
  reason: MissReason;
  areaId?: string;
}

/** A question block as the student enters it: the log without what the service adds, and the questions missed. */
export type QuestionBlockEntry = Omit<QuestionLog, 'id' | 'day' | 'createdAt'> & { misses?: MissEntry[] };

export interface Assessment {
  id: string;
  day: DayKey;
  /** Self-assessment id from the exam profile (e.g. 'nbme-30', 'uwsa2', 'free-120'). */
  formId: string;
  /** Equated percent correct (NBME) or percent correct (Free 120, UWSA). */
  percentCorrect: number;
  /** NBME reports since 2022 give an estimated probability of passing, in percent. */
  passProbability?: number;
  createdAt: string;
}

/** A practice exam as the student enters it (the form and lib/services/log-practice-exam.ts): the record without
 * what the service adds. */
export type PracticeExamEntry = Omit<Assessment, 'id' | 'createdAt'>;

export const FOCUS_KINDS = ['focus', 'short-break', 'long-break'] as const;
export type FocusKind = (typeof FOCUS_KINDS)[number];

/** A focus block or break, kept as timestamps so that it survives the service worker being stopped. */
export interface FocusSession {
  id: string;
  kind: FocusKind;
  taskId?: string;
  day: DayKey;
  startedAt: number;
  plannedMinutes: number;
  /** Set while paused. */
  pausedAt?: number;
  /** Total time spent paused before `pausedAt`. */
  pausedMs: number;
  /** Set once the session is over. */
  endedAt?: number;
  endReason?: 'completed' | 'stopped';
  /** Why a pause happened, so the page can say so ("paused while you were away"). */
  pauseReason?: 'user' | 'idle';
}

export interface JournalEntry {
  id: string;
  day: DayKey;
  wentWell: string;
  hard: string;
  /** 1 (very hard day) ... 5 (good day). */
  mood: number;
  createdAt: string;
}

/** An evening reflection as the student enters it (the form and lib/services/log-reflection.ts). */
export type ReflectionEntry = Omit<JournalEntry, 'id' | 'day' | 'createdAt'>;

export const MISS_REASONS = ['knowledge', 'misread', 'reasoning', 'timing'] as const;
export type MissReason = (typeof MISS_REASONS)[number];

/** A missed question the student logged; it comes back as a retest after about 2 and 7 days. */
export interface Miss {
  id: string;
  questionId: string;
  reason: MissReason;
  areaId?: string;
  loggedOn: DayKey;
  /** The next day it is due for a retest; absent once retired. */
  due?: DayKey;
  /** How many retests are done (0, 1, 2). */
  retests: number;
}

/** The stores whose records are checked one by one and, when one cannot be read, set aside whole. */
export const SET_ASIDE_STORES = [
  'tasks',
  'questionLogs',
  'assessments',
  'focusSessions',
  'journal',
  'misses',
  'attempts',
] as const;
export type SetAsideStore = (typeof SET_ASIDE_STORES)[number];

/**
 * A record this version could not read (a task whose kind no version knows, a log with more right answers than
 * questions), kept whole in the quarantine store instead of being deleted: where it came from, when and why.
 */
export interface SetAsideRecord {
  id: string;
  /** The store it was in, and its key there. */
  store: SetAsideStore;
  key: string;
  /** ISO time it was set aside. */
  setAsideAt: string;
  /** The first problem found, in words ("day: must be a real date (YYYY-MM-DD)"). */
  reason: string;
  /** Found while upgrading the database, or by a page reading it. */
  foundBy: 'upgrade' | 'read';
  /** The schema version of the database it was found in. */
  schemaVersion: number;
  /** The record exactly as it was stored. */
  record: unknown;
}
