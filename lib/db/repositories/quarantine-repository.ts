// The quarantine: records that could not be read, set aside whole (lib/db/set-aside-odd.ts). Its transaction covers
// every store a record can be set aside from.
import type { SetAsideRecord } from '../../domain/types';
import { DB_VERSION } from '../schema';
import { setAsideOdd } from '../set-aside-odd';
import type { RepositoryTx, Written } from './repository-tx';

export interface QuarantineReader {
  /** How many records are set aside. */
  count(): Promise<number>;
}

export interface QuarantineRepository extends QuarantineReader {
  /** Repairs what can be repaired and moves every record that cannot be read into the quarantine; returns those. */
  setAsideUnreadable(at: string, newId: () => string): Promise<SetAsideRecord[]>;
}

export function quarantineRepository(tx: RepositoryTx, wrote: Written): QuarantineRepository {
  return {
    count: () => tx.objectStore('quarantine').count(),
    setAsideUnreadable: async (at, newId) => {
      const { setAside, repairedIn } = await setAsideOdd(
        tx,
        { setAsideAt: at, foundBy: 'read', schemaVersion: DB_VERSION },
        newId,
      );
      for (const store of new Set([...setAside.map((r) => r.store), ...repairedIn])) wrote(store);
      if (setAside.length > 0) wrote('quarantine');
      return setAside;
    },
  };
}
