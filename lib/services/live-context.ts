// The live service context: the shared database, the real clock and ids, and after each committed write the alarms
// are re-derived and the open pages are told what changed. Pages take it as pageContext(), the background worker as
// workerContext(): one implementation, named at each caller for where it runs.
import { openDatabase } from '../db/open';
import type { StoreName } from '../db/schema';
import { TODAY_READ, touches } from '../db/today-scope';
import { announceChange } from '../platform/change-channel';
import { dropTodaySnapshot } from '../platform/today-snapshot';
import type { ServiceContext } from './context';
import { syncAlarms } from './sync-alarms';

/**
 * Tells the open pages what a committed write changed. First it forgets the new tab's kept first frame when the write
 * touched a store the today read covers, so that the next new tab never draws a frame older than a write made while
 * none was open (a settings save, a log), and an open one re-reads and keeps a fresh frame after the message; a write
 * the today read does not cover (a focus session, a logged miss) leaves the kept frame as true as it was. The service
 * worker has no localStorage: its writes are the day rollover (the frame's day no longer matches) and the focus and
 * notification work (the read that follows corrects the frame).
 */
export function announceWrite(stores: StoreName[]): void {
  if (touches(stores, TODAY_READ)) dropTodaySnapshot();
  announceChange(stores);
}

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
        announceWrite(stores);
      }
    },
  };
}
