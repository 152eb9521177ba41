// The backup file (../shared/DESIGN.md, "Backup file"): every data store of the database, as the current schema
// version keeps it. `misses` came after the design's list; it is optional so that a file written to the design's
// letter still imports.
import * as v from 'valibot';
import { OBJECT, isoTimeOrEmpty, records } from './backup-fields';
import { assessmentSchema, attemptSchema, focusSessionSchema, journalEntrySchema, missSchema, questionLogSchema, taskSchema } from './record-schemas';
import { settingsSchema } from './settings-schema';

export const BACKUP_FORMAT = 'retake-coach-backup';
/** The record shapes' version: equal to lib/db/schema.ts DB_VERSION (a unit test holds the two together). */
export const BACKUP_SCHEMA_VERSION = 3;
/** Years of daily use are well under 1 MB; 5 MB leaves room and keeps a hostile file from filling the database. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** Caps on each list: several times what a long retake (a year of 15 tasks a day) produces. */
export const MAX_RECORDS = 20_000;

export const backupSchema = v.strictObject(
  {
    format: v.literal(BACKUP_FORMAT),
    schemaVersion: v.literal(BACKUP_SCHEMA_VERSION),
    exportedAt: isoTimeOrEmpty(),
    settings: settingsSchema,
    attempts: records(attemptSchema, 100),
    questionLogs: records(questionLogSchema, MAX_RECORDS),
    assessments: records(assessmentSchema, 1000),
    focusSessions: records(focusSessionSchema, MAX_RECORDS),
    journal: records(journalEntrySchema, MAX_RECORDS),
    tasks: records(taskSchema, MAX_RECORDS),
    misses: v.optional(records(missSchema, MAX_RECORDS), () => []),
  },
  OBJECT,
);

export type Backup = v.InferOutput<typeof backupSchema>;
/** The data stores' contents: a backup without its envelope. */
export type BackupData = Omit<Backup, 'format' | 'schemaVersion' | 'exportedAt'>;

/** The lists of a backup, in the order the confirmation names them. */
export const BACKUP_LISTS = ['tasks', 'questionLogs', 'assessments', 'journal', 'focusSessions', 'misses', 'attempts'] as const satisfies readonly (keyof BackupData)[];

/** The file `Export backup` writes. */
export function toBackup(data: BackupData, exportedAt: string): Backup {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, exportedAt, ...data };
}
