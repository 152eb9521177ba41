// A service context on a fresh fake-indexeddb database with a hand-turned clock, and seeding helpers. afterWrite
// syncs the (fake) browser's alarms just as pageContext() does.
import { openDatabase, type RetakeCoachDatabase } from '../../../lib/db/open';
import { APP_STATE_KEY, DB_VERSION, SETTINGS_KEY } from '../../../lib/db/schema';
import { appStateWithDefaults, type AppState } from '../../../lib/domain/app-state';
import { splitAppState } from '../../../lib/domain/backup/split-app-state';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import type { Task } from '../../../lib/domain/types';
import type { ServiceContext } from '../../../lib/services/context';
import { syncAlarms } from '../../../lib/services/sync-alarms';

export interface TestContext extends ServiceContext {
  db: RetakeCoachDatabase;
  advance(ms: number): void;
  set(at: number): void;
}

let databases = 0;

export async function testContext(start: number): Promise<TestContext> {
  const db = await openDatabase(`retake-coach-test-${++databases}`, DB_VERSION);
  let clock = start;
  let ids = 0;
  return {
    db,
    now: () => clock,
    newId: () => `id-${++ids}`,
    afterWrite: async () => {
      await syncAlarms(db, clock);
    },
    advance: (ms) => {
      clock += ms;
    },
    set: (at) => {
      clock = at;
    },
  };
}

/** Settings as onboarding leaves them; an override may name app state fields too (`lastReplannedDay`), which
 * `seed` stores in the app state record, where they live. */
export const onboardedSettings = (overrides: Partial<Settings & AppState> = {}): Settings & Partial<AppState> => ({
  ...structuredClone(defaultSettings),
  examDate: '2027-01-20',
  startDate: '2026-11-23',
  updatedAt: '2026-11-23T10:00:00.000Z',
  ...overrides,
});

export function task(day: string, order: number, fields: Partial<Task> = {}): Task {
  return {
    id: `${day}-${order}`,
    day,
    kind: 'question-block',
    title: `Task ${order}`,
    minutes: 60,
    status: 'todo',
    order,
    priority: 2,
    ...fields,
  };
}

export async function seed(
  db: RetakeCoachDatabase,
  settingsAndState: (Settings & Partial<AppState>) | null,
  tasks: Task[] = [],
): Promise<void> {
  const tx = db.transaction(['settings', 'appState', 'tasks'], 'readwrite');
  if (settingsAndState) {
    const { settings, appState } = splitAppState(settingsAndState);
    await tx.objectStore('settings').put(settings, SETTINGS_KEY);
    if (appState && Object.keys(appState).length > 0) await tx.objectStore('appState').put(appState, APP_STATE_KEY);
  }
  for (const t of tasks) await tx.objectStore('tasks').put(t);
  await tx.done;
}

/** Puts the app state record (lib/domain/app-state.ts) as the services would have left it. */
export async function seedAppState(db: RetakeCoachDatabase, state: Partial<AppState>): Promise<void> {
  await db.put('appState', state, APP_STATE_KEY);
}

/** The app state as stored, over the defaults. */
export async function storedAppState(db: RetakeCoachDatabase): Promise<AppState> {
  return appStateWithDefaults(await db.get('appState', APP_STATE_KEY));
}
