// The stores the today read covers (lib/db/read-today.ts), and the test a page applies to a change announcement:
// a page re-reads only after a write to a store its read covers. Apart from lib/db/read-scopes.ts and free of idb,
// so that the new tab's first paint carries only this much of it.
import type { StoreName } from './schema';

/** lib/db/read-today.ts: the new tab's and the popup's today (and the logging panel's part of it). */
export const TODAY_READ = [
  'settings',
  'appState',
  'tasks',
  'assessments',
  'questionLogs',
  'journal',
  'attempts',
] as const satisfies readonly StoreName[];

/** Whether a write to `changed` can change what a read over `read` returns. */
export function touches(changed: readonly string[], read: readonly StoreName[]): boolean {
  return changed.some((s) => (read as readonly string[]).includes(s));
}
