// The whole database at once, for export, import and undo: every data store as a backup's data, and the snapshots
// kept before each import.
import { BACKUP_LISTS, type BackupData, type BackupSummary } from '../../domain/backup';
import { DATA_STORES, DB_VERSION, SETTINGS_KEY } from '../schema';
import { settleAll } from '../backup/settle-all';
import { latestSnapshot, saveSnapshot, snapshotDump } from '../backup/snapshots';
import { backupDataToDump, completeDump, dumpToBackupData, readDump, replaceDump } from '../backup/store-dump';
import type { RepositoryTx, Written } from './repository-tx';

export interface BackupReader {
  /** Every data store as a backup's data (the defaults when no settings are stored). */
  data(): Promise<BackupData>;
  /** Counts, not records, and the exam date. */
  summary(): Promise<BackupSummary>;
  /** When the import that an undo would undo happened, if there is one. */
  lastImportAt(): Promise<string | undefined>;
}

export interface BackupRepository extends BackupReader {
  /** Replaces every data store with `data`, keeping a snapshot of what was there. */
  replaceKeepingSnapshot(data: BackupData, snapshotId: string, createdAt: string): Promise<void>;
  /** Puts back what the latest import replaced and forgets its snapshot; false when there is nothing to undo. */
  undoLastImport(): Promise<boolean>;
}

export function backupRepository(tx: RepositoryTx, wrote: Written): BackupRepository {
  const wroteAll = () => [...DATA_STORES, 'snapshots' as const].forEach(wrote);
  return {
    data: async () => dumpToBackupData(completeDump(await readDump(tx))),
    summary: async () => {
      const settings = tx.objectStore('settings').get(SETTINGS_KEY);
      const numbers = await settleAll(BACKUP_LISTS.map((list) => tx.objectStore(list).count()));
      const stored = await settings;
      return {
        examDate: stored?.examDate ?? '',
        counts: Object.fromEntries(BACKUP_LISTS.map((list, i) => [list, numbers[i] ?? 0])) as BackupSummary['counts'],
      };
    },
    lastImportAt: async () => (await latestSnapshot(tx, 'import'))?.createdAt,
    replaceKeepingSnapshot: async (data, snapshotId, createdAt) => {
      const before = completeDump(await readDump(tx));
      await saveSnapshot(tx, { id: snapshotId, reason: 'import', createdAt, schemaVersion: DB_VERSION, data: before });
      await replaceDump(tx, backupDataToDump(data));
      wroteAll();
    },
    undoLastImport: async () => {
      const snapshot = await latestSnapshot(tx, 'import');
      if (!snapshot) return false;
      await replaceDump(tx, snapshotDump(snapshot));
      await tx.objectStore('snapshots').delete(snapshot.id);
      wroteAll();
      return true;
    },
  };
}
