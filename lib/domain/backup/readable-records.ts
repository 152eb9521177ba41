// Records read from the database are checked against the same schemas a backup is: an odd record from an old
// version (a task whose day is the number 20261130) is repaired when its meaning is plain, and otherwise left out of
// what the page computes and counted, so that no page crashes or blanks on it. The record itself stays stored as it
// is, and Export backup still copies the database whole.
import * as v from 'valibot';
import { isDayKey } from '../day';
import { withSensibleTitle } from '../planner/sensible-title';
import { questionLogSchema, taskSchema } from './record-schemas';

export interface Readable<T> {
  records: T[];
  /** Records that could not be read, even after repair. */
  unreadable: number;
}

/** 20261130 (a number, or '20261130') for '2026-11-30'; anything else as it was. */
function repairDay(value: unknown): unknown {
  const digits = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
  if (!/^\d{8}$/.test(digits)) return value;
  const day = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
  return isDayKey(day) ? day : value;
}

/** The record with a day stored as digits written as a day key; the record itself when nothing needed repair. */
export function repairedRecord(record: unknown): unknown {
  if (typeof record !== 'object' || record === null || !('day' in record)) return record;
  const day = (record as { day: unknown }).day;
  const fixed = repairDay(day);
  return fixed === day ? record : { ...record, day: fixed };
}

function readable<S extends v.GenericSchema>(schema: S, records: readonly unknown[]): Readable<v.InferOutput<S>> {
  const out: v.InferOutput<S>[] = [];
  for (const record of records) {
    const result = v.safeParse(schema, repairedRecord(record));
    if (result.success) out.push(result.output);
  }
  return { records: out, unreadable: records.length - out.length };
}

/** Tasks, with an old content review's nonsensical pairing of system and disciplines put right (sensible-title.ts). */
export const readableTasks = (records: readonly unknown[]) => {
  const read = readable(taskSchema, records);
  return { ...read, records: read.records.map(withSensibleTitle) };
};
export const readableLogs = (records: readonly unknown[]) => readable(questionLogSchema, records);

/** The sentence a page shows when some records were left out; '' when none were. */
export function unreadableMessage(count: number): string {
  if (count === 0) return '';
  const what = count === 1 ? '1 record' : `${count} records`;
  return `${what} saved by an older version could not be read, so ${count === 1 ? 'it is' : 'they are'} left out here and left as ${count === 1 ? 'it was' : 'they were'}. Export backup (in Settings) keeps a copy of everything.`;
}
