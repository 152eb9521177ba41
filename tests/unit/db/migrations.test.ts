// The upgrade ladder from every released schema version: a fixture database per version (tests/fixtures/), opened
// by the current code and checked record by record and field by field.
import { existsSync } from 'node:fs';
import { openDB, unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/open';
import { APP_STATE_KEY, DB_VERSION, SETTINGS_KEY } from '../../../lib/db/schema';
import { parseBackup, upgradeBackup } from '../../../lib/domain/backup';
import { defaultSettings } from '../../../lib/domain/settings';
import { exportBackup } from '../../../lib/services/backup';
import type { ServiceContext } from '../../../lib/services/context';
import { createFromFixture, fixturePath, loadFixture, shapeOf, type DbFixture } from './upgrade-fixtures';

const released = Array.from({ length: DB_VERSION }, (_, i) => i + 1);
let databases = 0;

describe('fixtures of released schema versions', () => {
  it.each(released)('has tests/fixtures/db-v%i.json', (version) => {
    // Raising DB_VERSION needs a fixture of the version before it: export a database of that version as described
    // in tests/unit/db/upgrade-fixtures.ts and save it under this name.
    expect(existsSync(fixturePath(version)), `tests/fixtures/db-v${version}.json is missing`).toBe(true);
    expect(loadFixture(version).version).toBe(version);
  });

  it('describes the current version exactly as the ladder builds it', async () => {
    const db = unwrap(await openDatabase(`migrations-fresh-${++databases}`, DB_VERSION));
    expect(shapeOf(db, db.transaction([...db.objectStoreNames]))).toEqual(loadFixture(DB_VERSION).stores);
    db.close();
  });
});

/** The stores that hold one record, under a key of their own (the store's name). */
const SINGLE_RECORD: Record<string, string> = { settings: SETTINGS_KEY, appState: APP_STATE_KEY };

/** The fixture's records as the backup ladder upgrades them: a database and a backup of one version must agree. A
 * one-record store the upgrade leaves empty (no settings, so no app state) has no record. */
function upgradedRecords(fixture: DbFixture): DbFixture['records'] {
  const { settings, appState, ...lists } = fixture.records;
  const upgraded = upgradeBackup(
    { ...lists, settings: settings?.[0], appState: appState?.[0], schemaVersion: fixture.version },
    fixture.version,
  );
  const stores = [...new Set([...Object.keys(fixture.records), ...Object.keys(SINGLE_RECORD)])];
  return Object.fromEntries(
    stores.map((store) => {
      if (!(store in SINGLE_RECORD)) return [store, upgraded[store] as Record<string, unknown>[]];
      const record = upgraded[store] as Record<string, unknown> | undefined;
      return [store, record && Object.keys(record).length > 0 ? [record] : []];
    }),
  );
}

describe.each(released)('a database of schema version %i', (version) => {
  const fixture = loadFixture(version);
  const expected = upgradedRecords(fixture);

  async function upgraded() {
    const name = `migrations-v${version}-${++databases}`;
    await createFromFixture(name, fixture);
    return openDatabase(name, DB_VERSION);
  }

  it('opens at the current version with every current store', async () => {
    const db = await upgraded();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(Object.keys(loadFixture(DB_VERSION).stores).sort());
    db.close();
  });

  it('keeps every record, field by field, as a backup of that version upgrades', async () => {
    const db = await upgraded();
    for (const [store, records] of Object.entries(expected)) {
      const key = SINGLE_RECORD[store];
      if (key !== undefined) {
        expect(await db.get(store as 'settings' | 'appState', key), store).toEqual(records[0]);
        continue;
      }
      const stored = (await db.getAll(store as 'tasks')) as unknown as Record<string, unknown>[];
      expect(stored.length, `${store}: number of records`).toBe(records.length);
      for (const record of records) {
        const found = stored.find((s) => s.id === record.id) as Record<string, unknown> | undefined;
        for (const [field, value] of Object.entries(record))
          expect(found?.[field], `${store} ${String(record.id)}.${field}`).toEqual(value);
        expect(Object.keys(found ?? {}).sort(), `${store} ${String(record.id)}: no field added or lost`).toEqual(
          Object.keys(record).sort(),
        );
      }
    }
    db.close();
  });

  it(
    version < DB_VERSION
      ? 'keeps a snapshot of the data as it was before the upgrade'
      : 'takes no snapshot when there is nothing to upgrade',
    async () => {
      const db = await upgraded();
      const snapshots = await db.getAll('snapshots');
      if (version === DB_VERSION) {
        expect(snapshots).toEqual([]);
      } else {
        expect(snapshots).toHaveLength(1);
        expect(snapshots[0]).toMatchObject({ reason: 'upgrade', schemaVersion: version, data: fixture.records });
      }
      db.close();
    },
  );

  it('imports as a backup of that version', () => {
    const { settings, appState, ...lists } = fixture.records;
    const result = parseBackup(
      JSON.stringify({
        format: 'retake-coach-backup',
        schemaVersion: version,
        exportedAt: '',
        settings: settings?.[0],
        ...(appState ? { appState: appState[0] } : {}),
        ...lists,
      }),
    );
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });
});

describe('the upgrade from version 2 to 3', () => {
  it('moves Biochemistry and Nutrition to the merged area wherever version 2 named them, as the version-3 fixture has it', async () => {
    const name = `migrations-biochemistry-nutrition-${++databases}`;
    await createFromFixture(name, loadFixture(2));
    const db = await openDatabase(name, 3);
    const want = loadFixture(3).records;
    expect(await db.get('settings', SETTINGS_KEY)).toEqual(want.settings?.[0]);
    for (const store of ['tasks', 'questionLogs', 'misses'] as const) {
      expect(await db.getAll(store), store).toEqual(
        [...(want[store] ?? [])].sort((a, b) => String(a.id).localeCompare(String(b.id))),
      );
    }
    db.close();
  });
});

describe('the upgrade from version 3 to 4', () => {
  it('gives the settings the weeks to allow for results, an empty eligibility end and an empty budget, keeping every other field', async () => {
    const name = `migrations-deadline-settings-${++databases}`;
    const before = loadFixture(3).records.settings![0]!;
    await createFromFixture(name, loadFixture(3));
    const db = await openDatabase(name, 4);
    expect(await db.get('settings', SETTINGS_KEY)).toEqual({
      ...before,
      resultWeeks: 6,
      eligibilityEnd: '',
      budget: { hidden: false, testsAbroad: false, amounts: {}, paid: [] },
    });
    expect(defaultSettings.resultWeeks).toBe(6);
    db.close();
  });

  it('leaves a database with no settings yet (installed, not onboarded) without settings', async () => {
    const name = `migrations-deadline-empty-${++databases}`;
    await createFromFixture(name, { ...loadFixture(3), records: { settings: [] } });
    const db = await openDatabase(name, 4);
    expect(await db.get('settings', SETTINGS_KEY)).toBeUndefined();
    db.close();
  });
});

describe('the upgrade from version 4 to 5', () => {
  // Odd records an older version could have left: each is either repaired (its meaning is plain) or set aside whole.
  const oddTask = {
    id: 't-odd-kind',
    day: '2026-08-01',
    kind: 'flashcards',
    title: 'Cards',
    minutes: 30,
    status: 'todo',
    order: 0,
    priority: 2,
  };
  const numberDay = {
    id: 't-number-day',
    day: 20260802,
    kind: 'rest',
    title: 'Rest',
    minutes: 0,
    status: 'todo',
    order: 0,
    priority: 1,
  };
  const tooRight = {
    id: 'l-too-right',
    day: '2026-08-01',
    questions: 10,
    correct: 12,
    mode: 'timed',
    areaIds: [],
    minutes: 20,
    createdAt: '',
  };
  // A number for an id: its key is the number 42.
  const numberId = { id: 42, day: '2026-08-01', wentWell: '', hard: '', mood: 3, createdAt: '' };

  async function upgradedWithOddRecords(to = 5) {
    const v4 = loadFixture(4);
    const name = `migrations-quarantine-${++databases}`;
    await createFromFixture(name, {
      ...v4,
      records: {
        ...v4.records,
        tasks: [...(v4.records.tasks ?? []), oddTask, numberDay],
        questionLogs: [...(v4.records.questionLogs ?? []), tooRight],
      },
    });
    const raw = await openDB(name, 4);
    await raw.put('journal', numberId);
    raw.close();
    return { v4, db: await openDatabase(name, to) };
  }

  it('sets aside every record it cannot read, whole, with where it came from, when and why', async () => {
    const { db } = await upgradedWithOddRecords();
    const set = await db.getAll('quarantine');
    const byKey = Object.fromEntries(set.map((r) => [r.key, r]));
    expect(Object.keys(byKey).sort()).toEqual(['42', 'l-too-right', 't-odd-kind']);
    expect(byKey['t-odd-kind']).toMatchObject({
      store: 'tasks',
      record: oddTask,
      foundBy: 'upgrade',
      schemaVersion: 4,
    });
    expect(byKey['t-odd-kind']!.reason).toMatch(/^kind: must be one of/);
    expect(byKey['l-too-right']).toMatchObject({ store: 'questionLogs', record: tooRight });
    expect(byKey['l-too-right']!.reason).toBe('correct: must not be more than questions');
    expect(byKey['42']).toMatchObject({ store: 'journal', record: numberId, reason: 'id: must be text' });
    for (const entry of set) expect(Date.parse(entry.setAsideAt)).toBeGreaterThan(0);
    expect(await db.get('tasks', 't-odd-kind')).toBeUndefined();
    expect(await db.get('questionLogs', 'l-too-right')).toBeUndefined();
    expect(await db.count('journal', IDBKeyRange.only(42))).toBe(0);
    db.close();
  });

  it('repairs a day stored as a number, and leaves every good record as it was', async () => {
    const { v4, db } = await upgradedWithOddRecords();
    expect(await db.get('tasks', 't-number-day')).toEqual({ ...numberDay, day: '2026-08-02' });
    for (const store of ['tasks', 'questionLogs', 'journal'] as const) {
      for (const record of v4.records[store] ?? []) expect(await db.get(store, String(record.id))).toEqual(record);
    }
    db.close();
  });

  it('keeps the data as it was, odd records included, in the upgrade snapshot', async () => {
    const { db } = await upgradedWithOddRecords();
    const [snapshot] = await db.getAll('snapshots');
    expect(snapshot?.data.tasks).toContainEqual(oddTask);
    expect(snapshot?.data.tasks).toContainEqual(numberDay);
    expect(snapshot?.data.journal).toContainEqual(numberId);
    db.close();
  });

  it('exports a backup that imports (once at the current version), the records set aside included', async () => {
    const { db } = await upgradedWithOddRecords(DB_VERSION);
    const ctx = { db, now: () => Date.parse('2026-08-03T08:00:00Z') } as unknown as ServiceContext;
    const backup = await exportBackup(ctx);
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed.ok ? parsed.backup.quarantine.map((r) => r.key).sort() : parsed.message).toEqual([
      '42',
      'l-too-right',
      't-odd-kind',
    ]);
    db.close();
  });
});

describe('the upgrade from version 5 to 6', () => {
  it("moves the app's bookkeeping out of the settings into the app state record, as the version-6 fixture has it", async () => {
    const name = `migrations-app-state-${++databases}`;
    await createFromFixture(name, loadFixture(5));
    const db = await openDatabase(name, 6);
    const want = loadFixture(6).records;
    expect(await db.get('settings', SETTINGS_KEY)).toEqual(want.settings?.[0]);
    expect(await db.get('appState', APP_STATE_KEY)).toEqual(want.appState?.[0]);
    expect(want.appState?.[0]).toMatchObject({ lastReplannedDay: '2026-07-09', hiddenMessageIds: ['quote-3'] });
    expect(want.settings?.[0]).not.toHaveProperty('lastReplannedDay');
    db.close();
  });

  it('leaves a database with no settings yet without an app state record', async () => {
    const name = `migrations-app-state-empty-${++databases}`;
    await createFromFixture(name, { ...loadFixture(5), records: { settings: [] } });
    const db = await openDatabase(name, 6);
    expect(await db.get('settings', SETTINGS_KEY)).toBeUndefined();
    expect(await db.count('appState')).toBe(0);
    db.close();
  });
});
