// Export, import and undo of the whole database. Import and undo are each one transaction that also keeps a
// snapshot, so a bad moment (a crash, a full disk) leaves either all the old data or all the new.
import { readTransaction } from '../db/transaction';
import { toBackup, type Backup, type BackupData, type BackupSummary } from '../domain/backup';
import { commit } from './commit';
import type { ServiceContext } from './context';

export interface BackupState {
  /** What is stored now. */
  current: BackupSummary;
  /** ISO time of the import that "Undo last import" would undo, if any. */
  lastImportAt?: string;
}

/** The whole database as a backup, read in one readonly transaction. */
export async function exportBackup(ctx: ServiceContext): Promise<Backup> {
  const data = await readTransaction(ctx.db, ['backup'], ({ backup }) => backup.data());
  return toBackup(data, new Date(ctx.now()).toISOString());
}

/** Counts, not records: the settings page re-reads this after every change in any page. */
export async function readBackupState(ctx: ServiceContext): Promise<BackupState> {
  const [current, lastImportAt] = await readTransaction(ctx.db, ['backup'], ({ backup }) =>
    Promise.all([backup.summary(), backup.lastImportAt()]),
  );
  return lastImportAt ? { current, lastImportAt } : { current };
}

/** Replaces every data store with `data` (validated by parseBackup), keeping a snapshot of what was there. */
export async function importBackup(ctx: ServiceContext, data: BackupData): Promise<void> {
  const createdAt = new Date(ctx.now()).toISOString();
  const snapshotId = `import-${createdAt}-${ctx.newId()}`;
  await commit(ctx, ['backup'], ({ backup }) => backup.replaceKeepingSnapshot(data, snapshotId, createdAt));
}

/** Puts back what the latest import replaced, and forgets that snapshot; false when there is nothing to undo. */
export function undoLastImport(ctx: ServiceContext): Promise<boolean> {
  return commit(ctx, ['backup'], ({ backup }) => backup.undoLastImport());
}
