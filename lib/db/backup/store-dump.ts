// Every data store's records, read or written inside a transaction the caller owns. A dump is what a snapshot
// keeps; a backup is the same data with the settings record in place of its one-element list.
import type { IDBPTransaction } from 'idb';
import type { BackupData } from '../../domain/backup';
import { withDefaults } from '../../domain/with-defaults';
import { startAll } from './settle-all';
import { DATA_STORES, SETTINGS_KEY, type DataStoreName, type RetakeCoachDB, type StoreName } from '../schema';

export type StoreDump = { [S in DataStoreName]: RetakeCoachDB[S]['value'][] };
type AnyTx = IDBPTransaction<RetakeCoachDB, StoreName[], IDBTransactionMode>;
type WriteTx = IDBPTransaction<RetakeCoachDB, StoreName[], 'readwrite' | 'versionchange'>;

/**
 * Reads `stores` (default: every data store). Every request is issued before the first await, so inside an upgrade
 * this reads the data as it was before any migration step ran.
 */
export function readDump(tx: AnyTx, stores: readonly DataStoreName[] = DATA_STORES): Promise<Partial<StoreDump>> {
  const reads = startAll<readonly [DataStoreName, unknown[]]>((push) => {
    for (const name of stores) {
      const records =
        name === 'settings'
          ? tx
              .objectStore('settings')
              .get(SETTINGS_KEY)
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
    for (const s of dump.settings) push(tx.objectStore('settings').put(s, SETTINGS_KEY));
    for (const name of DATA_STORES) {
      if (name === 'settings') continue;
      const store = tx.objectStore(name);
      for (const record of dump[name]) push(store.put(record as never));
    }
  });
}

export function completeDump(partial: Partial<StoreDump>): StoreDump {
  return Object.fromEntries(DATA_STORES.map((name) => [name, partial[name] ?? []])) as unknown as StoreDump;
}

/** The dump as a backup's data; a database without settings exports the defaults (what every page reads). */
export function dumpToBackupData(dump: StoreDump): BackupData {
  const { settings, ...lists } = dump;
  return { settings: withDefaults(settings[0]), ...lists };
}

export function backupDataToDump(data: BackupData): StoreDump {
  const { settings, ...lists } = data;
  return { settings: [settings], ...lists };
}
