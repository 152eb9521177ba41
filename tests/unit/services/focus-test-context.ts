// A service context on a fresh fake-indexeddb database with a hand-turned clock, and seeding helpers. afterWrite
// syncs the (fake) browser's alarms just as pageContext() does.
import { openDatabase, type RetakeCoachDatabase } from '../../../lib/db/open';
import { DB_VERSION, SETTINGS_KEY } from '../../../lib/db/schema';
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

export const onboardedSettings = (overrides: Partial<Settings> = {}): Settings => ({
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

export async function seed(db: RetakeCoachDatabase, settings: Settings | null, tasks: Task[] = []): Promise<void> {
  const tx = db.transaction(['settings', 'tasks'], 'readwrite');
  if (settings) await tx.objectStore('settings').put(settings, SETTINGS_KEY);
  for (const t of tasks) await tx.objectStore('tasks').put(t);
  await tx.done;
}
