// The snapshot taken inside a schema upgrade's versionchange transaction: the data as the old version kept it,
// stored once the ladder has run (the snapshots store may be one of the things it creates).
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { DATA_STORES, type RetakeCoachDB, type StoreName } from '../schema';
import { saveSnapshot } from './snapshots';
import { readDump } from './store-dump';

type UpgradeTx = IDBPTransaction<RetakeCoachDB, StoreNames<RetakeCoachDB>[], 'versionchange'>;

/** Call before the first migration step: it issues the reads at once, and returns what stores the snapshot. */
export function startUpgradeSnapshot(
  db: IDBPDatabase<RetakeCoachDB>,
  tx: UpgradeTx,
  oldVersion: number,
  createdAt: string,
): () => Promise<void> {
  const present = DATA_STORES.filter((name) => db.objectStoreNames.contains(name));
  const reading = readDump(tx as unknown as IDBPTransaction<RetakeCoachDB, StoreName[], 'versionchange'>, present);
  return async () => {
    const data = await reading;
    await saveSnapshot(tx as unknown as IDBPTransaction<RetakeCoachDB, StoreName[], 'versionchange'>, {
      id: `upgrade-from-${oldVersion}-${createdAt}`,
      reason: 'upgrade',
      createdAt,
      schemaVersion: oldVersion,
      data: data as Record<string, unknown[]>,
    });
  };
}
