// The services' last check before a write: the record must be one the backup schema accepts, so that nothing the
// app stores can make its own backup unrestorable. The forms check the same limits first, with friendlier words.
import * as v from 'valibot';
import { issueMessage } from './issue-message';

/** The first problem that would make `value` refused by an import, or null. */
export function storableProblem(schema: v.GenericSchema, value: unknown): string | null {
  const result = v.safeParse(schema, value, { abortEarly: true });
  return result.success ? null : issueMessage(result.issues[0]);
}
