// The fixture databases under tests/fixtures/db-v{N}.json: the stores of released schema version N (key path and
// indexes) and records as that version wrote them. A database is built from the fixture alone, not from the
// ladder, so that editing an old step of the ladder cannot quietly change what "version N" means.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDB } from 'idb';

export interface DbFixture {
  version: number;
  about: string;
  stores: Record<string, { keyPath: string | null; indexes: Record<string, string> }>;
  /** The settings and appState stores hold one record each, under their store's name ('settings', 'appState'). */
  records: Record<string, Record<string, unknown>[]>;
}

export const fixturePath = (version: number) => resolve(__dirname, `../../fixtures/db-v${version}.json`);

export function loadFixture(version: number): DbFixture {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as DbFixture;
}

/** Creates database `name` at the fixture's version with its stores and records, then closes it. */
export async function createFromFixture(name: string, fixture: DbFixture): Promise<void> {
  const db = await openDB(name, fixture.version, {
    upgrade(raw) {
      for (const [store, shape] of Object.entries(fixture.stores)) {
        const created = raw.createObjectStore(store, shape.keyPath ? { keyPath: shape.keyPath } : undefined);
        for (const [index, keyPath] of Object.entries(shape.indexes)) created.createIndex(index, keyPath);
      }
    },
  });
  const tx = db.transaction(Object.keys(fixture.records), 'readwrite');
  for (const [store, records] of Object.entries(fixture.records)) {
    for (const record of records)
      await (fixture.stores[store]?.keyPath === null
        ? tx.objectStore(store).put(record, store)
        : tx.objectStore(store).put(record));
  }
  await tx.done;
  db.close();
}

/** The stores of an open database in the fixture's terms, to compare with a fixture's `stores`. */
export function shapeOf(db: IDBDatabase, tx: IDBTransaction): DbFixture['stores'] {
  const out: DbFixture['stores'] = {};
  for (const name of Array.from(db.objectStoreNames)) {
    const store = tx.objectStore(name);
    const indexes: Record<string, string> = {};
    for (const index of Array.from(store.indexNames)) indexes[index] = store.index(index).keyPath as string;
    out[name] = { keyPath: store.keyPath as string | null, indexes };
  }
  return out;
}
