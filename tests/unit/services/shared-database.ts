// Several extension contexts (pages and the service worker) on one database, as in the browser: each has its own
// connection, its own ids and the same clock.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '../../../lib/db/open';
import { DB_VERSION } from '../../../lib/db/schema';
import type { ServiceContext } from '../../../lib/services/context';

let databases = 0;

export async function sharedDatabase(now: number, names: string[]): Promise<ServiceContext[]> {
  fakeBrowser.reset();
  const name = `shared-${++databases}`;
  return Promise.all(
    names.map(async (who) => {
      const db = await openDatabase(name, DB_VERSION);
      let ids = 0;
      return {
        db,
        now: () => now,
        newId: () => `${who}-${++ids}`,
        afterWrite: async () => undefined,
      } satisfies ServiceContext;
    }),
  );
}
