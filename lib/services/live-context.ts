// The live service context: the shared database, the real clock and ids, and after each committed write the alarms
// are re-derived and the open pages are told what changed. Pages take it as pageContext(), the background worker as
// workerContext(): one implementation, named at each caller for where it runs.
import { openDatabase } from '../db/open';
import { announceChange } from '../platform/change-channel';
import type { ServiceContext } from './context';
import { syncAlarms } from './sync-alarms';

export async function liveContext(): Promise<ServiceContext> {
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
