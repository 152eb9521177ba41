// The service context every extension page uses: the shared database, the real clock and ids, and after each
// committed write the alarms are re-derived and the other pages are told what changed.
import { openDatabase } from '../db/open';
import { announceChange } from '../platform/change-channel';
import type { ServiceContext } from './context';

export async function pageContext(): Promise<ServiceContext> {
  const db = await openDatabase();
  return {
    db,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    afterWrite: async (stores) => {
      announceChange(stores);
    },
  };
}
