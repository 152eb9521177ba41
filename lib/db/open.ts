import { openDB, type IDBPDatabase } from 'idb';
import { runMigrations } from './migrations';
import { DB_NAME, DB_VERSION, type RetakeCoachDB } from './schema';

export type RetakeCoachDatabase = IDBPDatabase<RetakeCoachDB>;

let opening: Promise<RetakeCoachDatabase> | undefined;

/** Opens (and upgrades) the database once per extension context. */
export function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<RetakeCoachDatabase> {
  if (name !== DB_NAME || version !== DB_VERSION) return openWith(name, version);
  opening ??= openWith(name, version);
  return opening;
}

function openWith(name: string, version: number): Promise<RetakeCoachDatabase> {
  return openDB<RetakeCoachDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // The ladder's steps are synchronous in effect; idb keeps the versionchange transaction alive meanwhile.
      void runMigrations(db, oldVersion, newVersion ?? version, tx);
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
