// A write the services refuse because a record would be over one of the app's limits (lib/domain/limits.ts).
import type * as v from 'valibot';
import { storableProblem } from '../domain/backup/storable';

export class RecordLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordLimitError';
  }
}

/** Throws RecordLimitError naming the field when `record` is not what a backup of it could restore. */
export function requireStorable<T>(schema: v.GenericSchema, record: T, what: string): T {
  const problem = storableProblem(schema, record);
  if (problem) throw new RecordLimitError(`${what} was not saved: ${problem}.`);
  return record;
}
