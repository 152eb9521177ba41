// The service context every extension page uses: the shared database, the real clock and ids, and after each
// committed write the alarms are re-derived and the other pages are told what changed.
import { openDatabase } from '../db/open';
import { announceChange } from '../platform/change-channel';
import type { ServiceContext } from './context';
import { syncAlarms } from './sync-alarms';

export async function pageContext(): Promise<ServiceContext> {
  const db = await openDatabase();
  const now = () => Date.now();
  return {
    db,
    now,
    newId: () => crypto.randomUUID(),
    afterWrite: async (stores) => {
      // The write is committed either way; a failed alarm sync must not hide it from the other pages.
      try {
        await syncAlarms(db, now());
      } finally {
        announceChange(stores);
      }
    },
  };
}
