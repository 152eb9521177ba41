// The transaction a repository works in, and the note it leaves of each store it wrote: a service's commit announces
// those stores, and only those, so a page re-reads only what another page really changed.
import type { IDBPTransaction } from 'idb';
import type { RetakeCoachDB, StoreName } from '../schema';

export type RepositoryTx = IDBPTransaction<RetakeCoachDB, StoreName[], 'readwrite'>;

export interface Written {
  (store: StoreName): void;
}
