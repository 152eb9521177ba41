// One stored record checked against the schema a backup uses for it, the same check on upgrade (lib/db/migrations.ts)
// and on read (lib/db/set-aside-odd.ts): repaired when its meaning is plain (a day stored as the number 20261130),
// otherwise a reason in words for setting it aside. Pure and total: it takes anything and never throws.
import * as v from 'valibot';
import { TEXT_LIMITS } from '../limits';
import type { SetAsideRecord, SetAsideStore } from '../types';
import { issueMessage } from './issue-message';
import { repairedRecord } from './readable-records';
import {
  assessmentSchema,
  attemptSchema,
  focusSessionSchema,
  journalEntrySchema,
  missSchema,
  questionLogSchema,
  taskSchema,
} from './record-schemas';

const SCHEMAS: Record<SetAsideStore, v.GenericSchema> = {
  tasks: taskSchema,
  questionLogs: questionLogSchema,
  assessments: assessmentSchema,
  focusSessions: focusSessionSchema,
  journal: journalEntrySchema,
  misses: missSchema,
  attempts: attemptSchema,
};

export type RecordCheck = { ok: true; record: unknown; repaired: boolean } | { ok: false; reason: string };

export function checkRecord(store: SetAsideStore, stored: unknown): RecordCheck {
  const repaired = repairedRecord(stored);
  const result = v.safeParse(SCHEMAS[store], repaired, { abortEarly: true });
  if (result.success) return { ok: true, record: repaired, repaired: repaired !== stored };
  const first = result.issues[0];
  const reason = first ? issueMessage(first) : 'could not be read';
  return { ok: false, reason: reason.slice(0, TEXT_LIMITS.setAsideReason) };
}

/** The quarantine entry for a record that failed `checkRecord`; `id` is new (the caller makes it unique). */
export function setAsideEntry(fields: Omit<SetAsideRecord, 'key'> & { key: unknown }): SetAsideRecord {
  return { ...fields, key: keyText(fields.key) };
}

/** An IndexedDB key (a string, a number, a date or a list of them) as text, cut to an id's length. */
function keyText(key: unknown): string {
  const text = typeof key === 'string' ? key : (JSON.stringify(key) ?? String(key));
  return text.slice(0, TEXT_LIMITS.id);
}
