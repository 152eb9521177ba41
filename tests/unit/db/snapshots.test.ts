import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { snapshotDump } from '../../../lib/db/backup/snapshots';
import { openDatabase } from '../../../lib/db/open';
import { DB_NAME, DB_VERSION, type Snapshot } from '../../../lib/db/schema';
import { defaultBudgetSettings } from '../../../lib/domain/budget';
import { createFromFixture, loadFixture } from './upgrade-fixtures';

describe('snapshots', () => {
  afterEach(() => vi.restoreAllMocks());

  it('restores a snapshot taken at an older schema version in the current one', () => {
    const v1 = loadFixture(1).records;
    const snapshot: Snapshot = {
      id: 's',
      reason: 'import',
      createdAt: '2026-07-01T00:00:00.000Z',
      schemaVersion: 1,
      data: v1,
    };
    const dump = snapshotDump(snapshot);
    expect(dump.tasks).toEqual(v1.tasks);
    // Settings gain what later versions added (version 4: the deadline and budget fields), with their defaults, and
    // give the app's bookkeeping to the app state record (version 6).
    const { pinnedMessageId, hiddenMessageIds, shownMessages, lastReplannedDay, replanNews, ...kept } =
      v1.settings![0]!;
    expect(dump.settings).toEqual([{ ...kept, resultWeeks: 6, eligibilityEnd: '', budget: defaultBudgetSettings() }]);
    expect(dump.appState).toEqual([{ pinnedMessageId, hiddenMessageIds, shownMessages, lastReplannedDay, replanNews }]);
    expect(dump.questionLogs).toEqual([]);
    expect(dump.misses).toEqual([]);
  });

  it('restores a snapshot of a database without settings to one without settings', () => {
    const dump = snapshotDump({ id: 's', reason: 'import', createdAt: '', schemaVersion: 1, data: { tasks: [] } });
    expect(dump.settings).toEqual([]);
  });

  it('leaves the old database untouched when the upgrade cannot store its snapshot (a full disk)', async () => {
    const fixture = loadFixture(1);
    await createFromFixture('upgrade-quota', fixture);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'snapshots') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(openDatabase('upgrade-quota', DB_VERSION)).rejects.toThrow();
    vi.restoreAllMocks();
    const old = await openDB('upgrade-quota');
    expect(old.version).toBe(1);
    expect([...old.objectStoreNames].sort()).toEqual(['attempts', 'settings', 'tasks']);
    expect(await old.getAll('tasks')).toEqual(fixture.records.tasks);
    old.close();
    // The next attempt, with room again, upgrades and keeps the snapshot.
    const upgraded = await openDatabase('upgrade-quota', DB_VERSION);
    expect(await upgraded.count('snapshots')).toBe(1);
    upgraded.close();
  });

  it('tries the upgrade again on the next open after one failed (the worker is not stuck with the failure)', async () => {
    await createFromFixture(DB_NAME, loadFixture(1));
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'snapshots') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(openDatabase()).rejects.toThrow();
    vi.restoreAllMocks();
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});
