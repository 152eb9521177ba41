// A plan that started a week ago with the past done, as onboarding and a week of study would have left it: the
// starting point of the browser tests that need a plan without going through the onboarding form.
import { addDays, planDayAt } from '../../lib/domain/day';
import { buildPlan, planInputFromSettings } from '../../lib/domain/planner';
import type { AppState } from '../../lib/domain/app-state';
import { defaultSettings, type Settings } from '../../lib/domain/settings';
import type { Task } from '../../lib/domain/types';

/** The settings carry the app state fields too (`lastReplannedDay`): `putRecords` stores those where the app keeps
 * them (tests/e2e/pages/extension-db.ts). */
export function seededPlan(overrides: Partial<Settings & AppState> = {}): {
  settings: Settings & Partial<AppState>;
  tasks: Task[];
  today: string;
} {
  const today = planDayAt(Date.now(), defaultSettings.dayStartHour);
  const settings: Settings & Partial<AppState> = {
    ...structuredClone(defaultSettings),
    examDate: addDays(today, 40),
    startDate: addDays(today, -7),
    // Every weekday a study day, so that today has tasks whatever day the test runs on.
    weekdayMinutes: [360, 360, 360, 360, 360, 360, 360],
    questionBankLeft: 2500,
    practiceFormIds: ['nbme-29', 'nbme-30'],
    lastReplannedDay: today,
    updatedAt: new Date().toISOString(),
    ...overrides,
  };
  const plan = buildPlan(planInputFromSettings(settings, settings.startDate, 'p-'));
  const tasks = plan.tasks.map((t): Task =>
    t.day < today ? { ...t, status: 'done', completedAt: `${t.day}T12:00:00.000Z` } : t,
  );
  return { settings, tasks, today };
}
