// What every service needs, passed in so that tests can give a fake clock, fixed ids and an in-memory database.
import type { RetakeCoachDatabase } from '../db/open';
import type { StoreName } from '../db/schema';

export interface ServiceContext {
  db: RetakeCoachDatabase;
  now: () => number;
  newId: () => string;
  /** Runs after a committed write: re-derive alarms, then tell the other pages what changed. */
  afterWrite: (stores: StoreName[]) => Promise<void>;
}
