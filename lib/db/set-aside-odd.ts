// Moves every record that cannot be read out of its store and into the quarantine store, whole, with where it came
// from, when and why; repairs those whose meaning is plain. One pass in the caller's transaction: the schema upgrade
// (lib/db/migrations.ts, step 5) and the quarantine repository, when a page's read met a record it had to leave out.
import type { IDBPTransaction } from 'idb';
import { checkRecord, setAsideEntry } from '../domain/backup/check-record';
import { SET_ASIDE_STORES, type SetAsideRecord, type SetAsideStore } from '../domain/types';
import type { RetakeCoachDB, StoreName } from './schema';

type WriteTx = IDBPTransaction<RetakeCoachDB, StoreName[], 'readwrite' | 'versionchange'>;

export interface SetAsideOutcome {
  setAside: SetAsideRecord[];
  /** The stores where a record was repaired in place. */
  repairedIn: SetAsideStore[];
}

export async function setAsideOdd(
  tx: WriteTx,
  found: Pick<SetAsideRecord, 'setAsideAt' | 'foundBy' | 'schemaVersion'>,
  newId: () => string,
): Promise<SetAsideOutcome> {
  const out: SetAsideOutcome = { setAside: [], repairedIn: [] };
  const quarantine = tx.objectStore('quarantine');
  for (const store of SET_ASIDE_STORES) {
    let cursor = await tx.objectStore(store).openCursor();
    while (cursor) {
      const checked = checkRecord(store, cursor.value);
      if (!checked.ok) {
        const entry = setAsideEntry({
          ...found,
          id: newId(),
          store,
          key: cursor.primaryKey,
          reason: checked.reason,
          record: cursor.value,
        });
        await quarantine.put(entry);
        await cursor.delete();
        out.setAside.push(entry);
      } else if (checked.repaired) {
        await cursor.update(checked.record as typeof cursor.value);
        if (!out.repairedIn.includes(store)) out.repairedIn.push(store);
      }
      cursor = await cursor.continue();
    }
  }
  return out;
}
