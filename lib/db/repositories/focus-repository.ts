// Focus blocks and breaks, stored as timestamps (lib/domain/focus).
import { addDays, type DayKey } from '../../domain/day';
import type { FocusSession } from '../../domain/types';
import type { RepositoryTx, Written } from './repository-tx';

export interface FocusReader {
  get(id: string): Promise<FocusSession | undefined>;
  /** Every session of `today` and the day before (a plan day may have started before midnight). */
  recent(today: DayKey): Promise<FocusSession[]>;
}

export interface FocusRepository extends FocusReader {
  put(session: FocusSession): Promise<void>;
}

export function focusRepository(tx: RepositoryTx, wrote: Written): FocusRepository {
  const store = () => tx.objectStore('focusSessions');
  return {
    get: (id) => store().get(id),
    recent: (today) =>
      store()
        .index('by-day')
        .getAll(IDBKeyRange.lowerBound(addDays(today, -1))),
    put: async (session) => {
      await store().put(session);
      wrote('focusSessions');
    },
  };
}
