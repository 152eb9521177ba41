// The backup schemas must accept exactly the records the app writes. If this file stops compiling, a record type
// (lib/domain/types.ts, lib/domain/settings.ts) gained, lost or changed a field: change the schema in
// lib/domain/backup/ to match (and, for a rename or removal, add a schema migration and a backup upgrade).
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../../lib/db/schema';
import { BACKUP_SCHEMA_VERSION } from '../../../../lib/domain/backup';
import {
  assessmentSchema,
  attemptSchema,
  focusSessionSchema,
  journalEntrySchema,
  missSchema,
  questionLogSchema,
  setAsideRecordSchema,
  taskSchema,
} from '../../../../lib/domain/backup/record-schemas';
import { settingsSchema } from '../../../../lib/domain/backup/settings-schema';
import type { Settings } from '../../../../lib/domain/settings';
import type {
  Assessment,
  Attempt,
  FocusSession,
  JournalEntry,
  Miss,
  QuestionLog,
  SetAsideRecord,
  Task,
} from '../../../../lib/domain/types';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;

// Each line is a compile-time check: `true` only type-checks when the schema's output is exactly the record type.
const sameShapes: [
  Equal<Out<typeof taskSchema>, Task>,
  Equal<Out<typeof attemptSchema>, Attempt>,
  Equal<Out<typeof questionLogSchema>, QuestionLog>,
  Equal<Out<typeof assessmentSchema>, Assessment>,
  Equal<Out<typeof focusSessionSchema>, FocusSession>,
  Equal<Out<typeof journalEntrySchema>, JournalEntry>,
  Equal<Out<typeof missSchema>, Miss>,
  Equal<Out<typeof settingsSchema>, Settings>,
  Equal<Out<typeof setAsideRecordSchema>, SetAsideRecord>,
] = [true, true, true, true, true, true, true, true, true];

describe('backup schema', () => {
  it('describes every record exactly as the app types it', () => {
    expect(sameShapes.every(Boolean)).toBe(true);
  });

  it('is versioned together with the database', () => {
    // A new database version needs a backup upgrade step of the same number (lib/domain/backup/upgrade-backup.ts).
    expect(BACKUP_SCHEMA_VERSION).toBe(DB_VERSION);
  });
});
