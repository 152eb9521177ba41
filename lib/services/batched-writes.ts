// An event that runs several services (an alarm: finish a block, replan, raise a reminder) does their after-write
// work once: each service's afterWrite is only collected, and `flush` then syncs the alarms once and announces
// every store written once.
import type { CoachState } from '../db/read-alarm-state';
import type { StoreName } from '../db/schema';
import type { ServiceContext } from './context';
import { applyAlarmState, syncAlarms } from './sync-alarms';

export interface BatchedWrites {
  ctx: ServiceContext;
  /**
   * The one sync and the one broadcast, with `also` announced beside what was written. With nothing to announce,
   * the alarms are synced from `state` when the caller has read it already.
   */
  flush(also?: readonly StoreName[], state?: CoachState): Promise<void>;
}

export function batchedWrites(base: ServiceContext): BatchedWrites {
  const written = new Set<StoreName>();
  return {
    ctx: {
      ...base,
      afterWrite: async (stores) => {
        for (const store of stores) written.add(store);
      },
    },
    flush: async (also = [], state) => {
      const stores = [...new Set([...written, ...also])];
      if (stores.length > 0) await base.afterWrite(stores);
      else await (state ? applyAlarmState(state, base.now()) : syncAlarms(base.db, base.now()));
    },
  };
}
