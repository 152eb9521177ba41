// Snapshots: a copy of every data store taken before an import or a schema upgrade, so that either can be undone.
// Only the newest few are kept, so that the database does not grow with every import.
import type { IDBPTransaction } from 'idb';
import { BACKUP_SCHEMA_VERSION, upgradeBackup } from '../../domain/backup';
import type { RetakeCoachDB, Snapshot, StoreName } from '../schema';
import { startAll } from './settle-all';
import { completeDump, type StoreDump } from './store-dump';

export const SNAPSHOTS_KEPT = 3;

type SnapshotTx = IDBPTransaction<RetakeCoachDB, StoreName[], 'readwrite' | 'versionchange'>;

const newestFirst = (a: Snapshot, b: Snapshot) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/** Stores `snapshot` and deletes all but the newest SNAPSHOTS_KEPT. */
export async function saveSnapshot(tx: SnapshotTx, snapshot: Snapshot): Promise<void> {
  const store = tx.objectStore('snapshots');
  await store.put(snapshot);
  const all = (await store.getAll()).sort(newestFirst);
  await startAll((push) => all.slice(SNAPSHOTS_KEPT).forEach((old) => push(store.delete(old.id))));
}

export async function latestSnapshot(
  tx: IDBPTransaction<RetakeCoachDB, StoreName[], IDBTransactionMode>,
  reason: Snapshot['reason'],
): Promise<Snapshot | undefined> {
  const all = await tx.objectStore('snapshots').getAll();
  return all.filter((s) => s.reason === reason).sort(newestFirst)[0];
}

/** A snapshot's data in the current schema: one taken before an upgrade goes through the backup upgrade steps. */
export function snapshotDump(snapshot: Snapshot): StoreDump {
  const dump = completeDump(snapshot.data as Partial<StoreDump>);
  if (snapshot.schemaVersion >= BACKUP_SCHEMA_VERSION) return dump;
  const { settings, appState, ...lists } = dump;
  const upgraded = upgradeBackup(
    { ...lists, settings: settings[0], appState: appState[0], schemaVersion: snapshot.schemaVersion },
    snapshot.schemaVersion,
  );
  const {
    settings: upgradedSettings,
    appState: upgradedAppState,
    schemaVersion: _version,
    ...upgradedLists
  } = upgraded;
  return completeDump({
    ...(upgradedLists as Partial<StoreDump>),
    settings: upgradedSettings ? [upgradedSettings as StoreDump['settings'][number]] : [],
    appState: upgradedAppState ? [upgradedAppState as StoreDump['appState'][number]] : [],
  });
}
