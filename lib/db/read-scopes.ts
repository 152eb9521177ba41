// The stores each page's read covers, so that a page re-reads only after a write to one of them: the services'
// subscribe() compares a change announcement with these (lib/db/today-scope.ts has the today read's).
import type { StoreName } from './schema';

export { touches } from './today-scope';

/** lib/services/focus-state.ts: the focus control. */
export const FOCUS_READ = ['settings', 'tasks', 'focusSessions'] as const satisfies readonly StoreName[];
/** The logging panel: today's tasks, the settings the forms start from, the replan news (in the app state) and the
 * practice exams already logged. */
export const LOG_PANEL_READ = ['settings', 'appState', 'tasks', 'assessments'] as const satisfies readonly StoreName[];
/** The onboarding and plan-settings form (with the practice exams already sat, and the blocks logged that the bank
 * left counts). */
export const PLAN_SETTINGS_READ = [
  'settings',
  'attempts',
  'assessments',
  'questionLogs',
] as const satisfies readonly StoreName[];
/** lib/db/read-plan.ts: the plan page. */
export const PLAN_READ = ['settings', 'tasks', 'attempts'] as const satisfies readonly StoreName[];
/** lib/db/read-progress.ts: the progress page's history. */
export const PROGRESS_READ = [
  'settings',
  'tasks',
  'questionLogs',
  'assessments',
  'attempts',
  'journal',
] as const satisfies readonly StoreName[];
/** What a new plan day changes for every page showing today: which tasks are today's. */
export const NEW_DAY = ['tasks'] as const satisfies readonly StoreName[];
