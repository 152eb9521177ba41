import { openDB, type IDBPDatabase } from 'idb';
import { startUpgradeSnapshot } from './backup/upgrade-snapshot';
import { runMigrations } from './migrations';
import { DB_NAME, DB_VERSION, type RetakeCoachDB } from './schema';

export type RetakeCoachDatabase = IDBPDatabase<RetakeCoachDB>;

let opening: Promise<RetakeCoachDatabase> | undefined;

/** Opens (and upgrades) the database once per extension context. */
export function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<RetakeCoachDatabase> {
  if (name !== DB_NAME || version !== DB_VERSION) return openWith(name, version);
  // A failed open (an upgrade that could not finish) is not cached: the next call tries again.
  opening ??= openWith(name, version).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

function openWith(name: string, version: number): Promise<RetakeCoachDatabase> {
  return openDB<RetakeCoachDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // An existing database is copied into a snapshot first (its reads are queued before any step's requests),
      // so an upgrade that goes wrong can be undone. A fresh install has nothing to keep.
      const saveSnapshot =
        oldVersion > 0 ? startUpgradeSnapshot(db, tx, oldVersion, new Date().toISOString()) : async () => undefined;
      // The ladder's steps are synchronous in effect; idb keeps the versionchange transaction alive meanwhile.
      runMigrations(db, oldVersion, newVersion ?? version, tx)
        .then(saveSnapshot)
        .catch(() => {
          // No upgrade without its snapshot: aborting keeps the data at the old version, untouched. The failure
          // reaches the caller as openDB's rejection; the transaction's own `done` needs no second report.
          tx.done.catch(() => undefined);
          try {
            tx.abort();
          } catch {
            // The transaction already ended (and with it the upgrade).
          }
        });
    },
    blocking() {
      // A newer version wants to open (an update installed while pages are open): let it.
      opening = undefined;
    },
  }).then((db) => {
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}
