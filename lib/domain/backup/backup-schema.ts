// The backup file (../shared/DESIGN.md, "Backup file"): every data store of the database, as the current schema
// version keeps it. `misses` and `appState` came after the design's list; they are optional so that a file written to
// the design's letter still imports.
import * as v from 'valibot';
import { daysBetween } from '../day';
import { MAX_PLAN_SPAN_DAYS } from '../limits';
import { OBJECT, isoTimeOrEmpty, records } from './backup-fields';
import {
  assessmentSchema,
  attemptSchema,
  focusSessionSchema,
  journalEntrySchema,
  missSchema,
  questionLogSchema,
  setAsideRecordSchema,
  taskSchema,
} from './record-schemas';
import { appStateSchema } from './app-state-schema';
import { settingsSchema } from './settings-schema';

export const BACKUP_FORMAT = 'retake-coach-backup';
/** The record shapes' version: equal to lib/db/schema.ts DB_VERSION (a unit test holds the two together). */
export const BACKUP_SCHEMA_VERSION = 6;
/**
 * The largest data the app can create: a plan over the longest span the limits allow (lib/domain/limits.ts, two
 * three-year plans back to back) at full hours, with every practice form and the most supporters, and beside every
 * question block a log, a focus session and a retest: about 12,100 tasks and 5 MB
 * (tests/unit/domain/backup/largest-backup.test.ts builds it). The limits are a little over twice that: room for what
 * the estimate misses, while a file the app could never have written is refused before it fills the database.
 */
export const MAX_BACKUP_BYTES = 12 * 1024 * 1024;

/** Caps on each list: twice the tasks of the largest plan (above). */
export const MAX_RECORDS = 24_000;

const backupFields = v.strictObject(
  {
    format: v.literal(BACKUP_FORMAT),
    schemaVersion: v.literal(BACKUP_SCHEMA_VERSION),
    exportedAt: isoTimeOrEmpty(),
    settings: settingsSchema,
    // The app's bookkeeping (lib/domain/app-state.ts), apart from the settings since version 6.
    appState: v.optional(appStateSchema, () => v.parse(appStateSchema, {})),
    attempts: records(attemptSchema, 100),
    questionLogs: records(questionLogSchema, MAX_RECORDS),
    assessments: records(assessmentSchema, 1000),
    focusSessions: records(focusSessionSchema, MAX_RECORDS),
    journal: records(journalEntrySchema, MAX_RECORDS),
    tasks: records(taskSchema, MAX_RECORDS),
    misses: v.optional(records(missSchema, MAX_RECORDS), () => []),
    // Records set aside because they could not be read (lib/db/set-aside-odd.ts): kept in the file so nothing is lost.
    quarantine: v.optional(records(setAsideRecordSchema, MAX_RECORDS), () => []),
  },
  OBJECT,
);

/** A plan's tasks lie between its first day and its exam: a task days away from it is bad data, and would make the plan
 * page lay out years of weeks. */
function taskDayProblem(backup: v.InferOutput<typeof backupFields>): { index: number; message: string } | null {
  const exam = backup.settings.examDate;
  const index =
    exam === ''
      ? backup.tasks.length > 0
        ? 0
        : -1
      : backup.tasks.findIndex((t) => t.day > exam || daysBetween(t.day, exam) > MAX_PLAN_SPAN_DAYS);
  if (index < 0) return null;
  return {
    index,
    message:
      exam === ''
        ? "a plan's tasks need an exam date in the settings"
        : `must be within the plan, on or before the exam date ${exam}`,
  };
}

export const backupSchema = v.pipe(
  backupFields,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = taskDayProblem(dataset.value);
    if (!problem) return;
    const task = dataset.value.tasks[problem.index];
    if (!task) return;
    addIssue({
      message: problem.message,
      path: [
        { type: 'object', origin: 'value', input: dataset.value, key: 'tasks', value: dataset.value.tasks },
        { type: 'array', origin: 'value', input: dataset.value.tasks, key: problem.index, value: task },
        { type: 'object', origin: 'value', input: task, key: 'day', value: task.day },
      ],
    });
  }),
);

export type Backup = v.InferOutput<typeof backupSchema>;
/** The data stores' contents: a backup without its envelope. */
export type BackupData = Omit<Backup, 'format' | 'schemaVersion' | 'exportedAt'>;

/** The lists of a backup, in the order the confirmation names them. */
export const BACKUP_LISTS = [
  'tasks',
  'questionLogs',
  'assessments',
  'journal',
  'focusSessions',
  'misses',
  'attempts',
  'quarantine',
] as const satisfies readonly (keyof BackupData)[];

/** The file `Export backup` writes. */
export function toBackup(data: BackupData, exportedAt: string): Backup {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, exportedAt, ...data };
}
