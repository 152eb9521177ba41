import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SNAPSHOTS_KEPT } from '../../../lib/db/backup/snapshots';
import { SETTINGS_KEY } from '../../../lib/db/schema';
import { parseBackup, type Backup } from '../../../lib/domain/backup';
import { writeErrorMessage } from '../../../lib/domain/write-error-message';
import { exportBackup, importBackup, readBackupState, undoLastImport } from '../../../lib/services/backup';
import { sampleBackup } from '../domain/backup/sample-backup';
import { onboardedSettings, seed, task, testContext } from './focus-test-context';

const wednesday = Date.UTC(2026, 10, 25, 23);
const withoutTime = ({ exportedAt: _time, ...rest }: Backup) => rest;
/** What a file goes through: JSON text, then the parser. */
const roundTrip = (backup: Backup) => {
  const parsed = parseBackup(JSON.stringify(backup));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.backup;
};

async function seededContext() {
  const ctx = await testContext(wednesday);
  await seed(ctx.db, onboardedSettings({ examDate: '2027-02-01' }), [
    task('2026-11-25', 0, { id: 'mine-1' }),
    task('2026-11-25', 1, { id: 'mine-2' }),
  ]);
  return ctx;
}

describe('backup services', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('imports a backup and exports exactly the same content', async () => {
    const ctx = await seededContext();
    const file = sampleBackup();
    await importBackup(ctx, roundTrip(file));
    expect(withoutTime(await exportBackup(ctx))).toEqual(withoutTime(file));
  });

  it('exports what an export imports, unchanged, through the file format', async () => {
    const ctx = await seededContext();
    const first = await exportBackup(ctx);
    const other = await testContext(wednesday);
    await importBackup(other, roundTrip(first));
    expect(await exportBackup(other)).toEqual(first);
  });

  it('replaces every store: nothing of the old data is left beside the new', async () => {
    const ctx = await seededContext();
    await importBackup(ctx, roundTrip(sampleBackup()));
    expect((await ctx.db.getAllKeys('tasks')).sort()).toEqual(['t1', 't2', 't3']);
    expect((await ctx.db.get('settings', SETTINGS_KEY))?.examDate).toBe('2027-01-20');
  });

  it('undoes the last import from its snapshot, in one step', async () => {
    const ctx = await seededContext();
    const before = await exportBackup(ctx);
    await importBackup(ctx, roundTrip(sampleBackup()));
    expect((await readBackupState(ctx)).lastImportAt).toBe(new Date(wednesday).toISOString());
    expect(await undoLastImport(ctx)).toBe(true);
    expect(await exportBackup(ctx)).toEqual(before);
    expect((await readBackupState(ctx)).lastImportAt).toBeUndefined();
    expect(await undoLastImport(ctx)).toBe(false);
  });

  it('undoes an import into an empty database back to no settings at all', async () => {
    const ctx = await testContext(wednesday);
    await importBackup(ctx, roundTrip(sampleBackup()));
    await undoLastImport(ctx);
    expect(await ctx.db.get('settings', SETTINGS_KEY)).toBeUndefined();
    expect(await ctx.db.count('tasks')).toBe(0);
  });

  it(`keeps only the newest ${SNAPSHOTS_KEPT} snapshots`, async () => {
    const ctx = await seededContext();
    for (let i = 0; i < SNAPSHOTS_KEPT + 2; i++) {
      ctx.advance(60_000);
      await importBackup(ctx, roundTrip(sampleBackup()));
    }
    const kept = await ctx.db.getAll('snapshots');
    expect(kept).toHaveLength(SNAPSHOTS_KEPT);
    expect(kept.map((s) => s.createdAt).sort()[0]).toBe(new Date(wednesday + 3 * 60_000).toISOString());
  });

  it('summarizes what is stored for the confirmation', async () => {
    const ctx = await seededContext();
    expect((await readBackupState(ctx)).current).toMatchObject({
      examDate: '2027-02-01',
      counts: { tasks: 2, questionLogs: 0 },
    });
  });

  it('reports a full disk as a message and writes nothing', async () => {
    const ctx = await seededContext();
    const before = await exportBackup(ctx);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await importBackup(ctx, roundTrip(sampleBackup())).catch((error: unknown) => error);
    expect(writeErrorMessage('The import', failure)).toBe(
      'The import failed: the browser has no storage space left for Retake Coach (quota exceeded). Nothing was changed. Free some disk space, then try again.',
    );
    expect(await exportBackup(ctx)).toEqual(before);
    expect(await ctx.db.count('snapshots')).toBe(0);
  });

  it('reports a transaction that aborted half-way and writes nothing', async () => {
    const ctx = await seededContext();
    const before = await exportBackup(ctx);
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++puts === 4) throw new DOMException('The transaction was aborted.', 'AbortError');
      return put.apply(this, args);
    });
    const failure = await importBackup(ctx, roundTrip(sampleBackup())).catch((error: unknown) => error);
    expect(writeErrorMessage('The import', failure)).toBe(
      'The import failed (AbortError): nothing was changed. Please try again.',
    );
    vi.restoreAllMocks();
    expect(await exportBackup(ctx)).toEqual(before);
  });
});
