// Every data store's records, read or written inside a transaction the caller owns. A dump is what a snapshot
// keeps; a backup is the same data with the settings and app state records in place of their one-element lists.
import type { IDBPTransaction } from 'idb';
import type { BackupData } from '../../domain/backup';
import { appStateWithDefaults } from '../../domain/app-state';
import { withDefaults } from '../../domain/with-defaults';
import { startAll } from './settle-all';
import {
  APP_STATE_KEY,
  DATA_STORES,
  SETTINGS_KEY,
  type DataStoreName,
  type RetakeCoachDB,
  type StoreName,
} from '../schema';

export type StoreDump = { [S in DataStoreName]: RetakeCoachDB[S]['value'][] };
type AnyTx = IDBPTransaction<RetakeCoachDB, StoreName[], IDBTransactionMode>;
type WriteTx = IDBPTransaction<RetakeCoachDB, StoreName[], 'readwrite' | 'versionchange'>;

/** The stores that hold one record, under a key of their own; every other data store is a list keyed by `id`. */
const SINGLE_RECORD: Partial<Record<DataStoreName, string>> = { settings: SETTINGS_KEY, appState: APP_STATE_KEY };

/**
 * Reads `stores` (default: every data store). Every request is issued before the first await, so inside an upgrade
 * this reads the data as it was before any migration step ran.
 */
export function readDump(tx: AnyTx, stores: readonly DataStoreName[] = DATA_STORES): Promise<Partial<StoreDump>> {
  const reads = startAll<readonly [DataStoreName, unknown[]]>((push) => {
    for (const name of stores) {
      const key = SINGLE_RECORD[name];
      const records =
        key !== undefined
          ? tx
              .objectStore(name)
              .get(key)
              .then((s) => (s ? [s] : []))
          : tx.objectStore(name).getAll();
      push(records.then((r) => [name, r] as const));
    }
  });
  return reads.then((entries) => Object.fromEntries(entries) as Partial<StoreDump>);
}

/** Clears every data store and writes `dump` into them, in the caller's (readwrite) transaction. */
export async function replaceDump(tx: WriteTx, dump: StoreDump): Promise<void> {
  await startAll((push) => DATA_STORES.forEach((name) => push(tx.objectStore(name).clear())));
  await startAll<unknown>((push) => {
    for (const name of DATA_STORES) {
      const store = tx.objectStore(name);
      const key = SINGLE_RECORD[name];
      for (const record of dump[name])
        push(key !== undefined ? store.put(record as never, key) : store.put(record as never));
    }
  });
}

export function completeDump(partial: Partial<StoreDump>): StoreDump {
  return Object.fromEntries(DATA_STORES.map((name) => [name, partial[name] ?? []])) as unknown as StoreDump;
}

/** The dump as a backup's data; a database without settings or app state exports the defaults (what every page
 * reads). */
export function dumpToBackupData(dump: StoreDump): BackupData {
  const { settings, appState, ...lists } = dump;
  return { settings: withDefaults(settings[0]), appState: appStateWithDefaults(appState[0]), ...lists };
}

export function backupDataToDump(data: BackupData): StoreDump {
  const { settings, appState, ...lists } = data;
  return { settings: [settings], appState: [appState], ...lists };
}
