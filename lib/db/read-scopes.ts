// The stores each page's read covers, so that a page re-reads only after a write to one of them: the reads in lib/db
// open these, and the services' subscribe() compares a change announcement with them. A tiny module with no idb in
// it, so that the new tab's first paint can carry it.
import type { StoreName } from './schema';

/** lib/db/read-today.ts: the new tab's and the popup's today (and the logging panel's part of it). */
export const TODAY_READ = ['settings', 'tasks', 'assessments', 'questionLogs', 'journal'] as const satisfies readonly StoreName[];
/** lib/services/focus-state.ts: the focus control. */
export const FOCUS_READ = ['settings', 'tasks', 'focusSessions'] as const satisfies readonly StoreName[];
/** The logging panel: today's tasks, the settings the forms start from, and the practice exams already logged. */
export const LOG_PANEL_READ = ['settings', 'tasks', 'assessments'] as const satisfies readonly StoreName[];
/** The onboarding and plan-settings form (with the practice exams already sat). */
export const PLAN_SETTINGS_READ = ['settings', 'attempts', 'assessments'] as const satisfies readonly StoreName[];

/** Whether a write to `changed` can change what a read over `read` returns. */
export function touches(changed: readonly string[], read: readonly StoreName[]): boolean {
  return changed.some((s) => (read as readonly string[]).includes(s));
}

/** What a new plan day changes for every page showing today: which tasks are today's. */
export const NEW_DAY = ['tasks'] as const satisfies readonly StoreName[];
