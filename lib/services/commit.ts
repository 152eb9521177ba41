import type { IDBPTransaction } from 'idb';
import type { RetakeCoachDB, StoreName } from '../db/schema';
import type { ServiceContext } from './context';

export type WriteTx<S extends StoreName[]> = IDBPTransaction<RetakeCoachDB, S, 'readwrite'>;

/**
 * The shape of every service: one readwrite transaction over `stores` (nothing else is awaited inside it), then
 * `afterWrite`. If `work` throws, the transaction is aborted and nothing is written.
 */
export async function commit<S extends StoreName[], R>(ctx: ServiceContext, stores: S, work: (tx: WriteTx<S>) => Promise<R>): Promise<R> {
  const tx = ctx.db.transaction(stores, 'readwrite');
  let result: R;
  try {
    result = await work(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the original error is the one worth reporting.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
  await ctx.afterWrite(stores);
  return result;
}
