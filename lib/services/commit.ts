import { writeTransaction, type Repositories, type RepositoryName } from '../db/transaction';
import type { ServiceContext } from './context';

/**
 * The shape of every service: one readwrite transaction over the repositories it names (nothing else is awaited
 * inside it), then `afterWrite` with the stores it really wrote. A service that wrote nothing (a task already done,
 * a replan already run today) announces nothing. If `work` throws, nothing is written.
 */
export async function commit<K extends RepositoryName, R>(
  ctx: ServiceContext,
  names: readonly K[],
  work: (repos: Pick<Repositories, K>) => Promise<R>,
): Promise<R> {
  const { result, written } = await writeTransaction(ctx.db, names, work);
  if (written.length > 0) await ctx.afterWrite(written);
  return result;
}
