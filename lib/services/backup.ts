// Export, import and undo of the whole database. Import and undo are each one transaction that also keeps a
// snapshot, so a bad moment (a crash, a full disk) leaves either all the old data or all the new.
import { backupDataToDump, dumpToBackupData, readDump, replaceDump, completeDump } from '../db/backup/store-dump';
import { settleAll } from '../db/backup/settle-all';
import { latestSnapshot, saveSnapshot, snapshotDump } from '../db/backup/snapshots';
import { DATA_STORES, DB_VERSION, SETTINGS_KEY, type StoreName } from '../db/schema';
import { BACKUP_LISTS, toBackup, type Backup, type BackupData, type BackupSummary } from '../domain/backup';
import { commit } from './commit';
import type { ServiceContext } from './context';

const IMPORT_STORES: StoreName[] = [...DATA_STORES, 'snapshots'];

export interface BackupState {
  /** What is stored now. */
  current: BackupSummary;
  /** ISO time of the import that "Undo last import" would undo, if any. */
  lastImportAt?: string;
}

/** The whole database as a backup, read in one readonly transaction. */
export async function exportBackup(ctx: ServiceContext): Promise<Backup> {
  const tx = ctx.db.transaction(DATA_STORES as unknown as StoreName[], 'readonly');
  const dump = completeDump(await readDump(tx));
  await tx.done;
  return toBackup(dumpToBackupData(dump), new Date(ctx.now()).toISOString());
}

/** Counts, not records: the settings page re-reads this after every change in any page. */
export async function readBackupState(ctx: ServiceContext): Promise<BackupState> {
  const tx = ctx.db.transaction(IMPORT_STORES, 'readonly');
  const settings = tx.objectStore('settings').get(SETTINGS_KEY);
  const last = latestSnapshot(tx, 'import');
  const numbers = await settleAll(BACKUP_LISTS.map((list) => tx.objectStore(list).count()));
  const stored = await settings;
  const lastImport = await last;
  await tx.done;
  const current: BackupSummary = {
    examDate: stored?.examDate ?? '',
    counts: Object.fromEntries(BACKUP_LISTS.map((list, i) => [list, numbers[i] ?? 0])) as BackupSummary['counts'],
  };
  return lastImport ? { current, lastImportAt: lastImport.createdAt } : { current };
}

/** Replaces every data store with `data` (validated by parseBackup), keeping a snapshot of what was there. */
export async function importBackup(ctx: ServiceContext, data: BackupData): Promise<void> {
  const now = ctx.now();
  await commit(ctx, IMPORT_STORES, async (tx) => {
    const before = completeDump(await readDump(tx));
    const createdAt = new Date(now).toISOString();
    await saveSnapshot(tx, { id: `import-${createdAt}-${ctx.newId()}`, reason: 'import', createdAt, schemaVersion: DB_VERSION, data: before });
    await replaceDump(tx, backupDataToDump(data));
  });
}

/** Puts back what the latest import replaced, and forgets that snapshot; false when there is nothing to undo. */
export async function undoLastImport(ctx: ServiceContext): Promise<boolean> {
  return commit(ctx, IMPORT_STORES, async (tx) => {
    const snapshot = await latestSnapshot(tx, 'import');
    if (!snapshot) return false;
    await replaceDump(tx, snapshotDump(snapshot));
    await tx.objectStore('snapshots').delete(snapshot.id);
    return true;
  });
}
