// Promise.all for the requests of one transaction. When one request fails the transaction aborts and every other
// request rejects too; Promise.all would leave those rejections unhandled. This waits for all of them and throws
// the first failure, the one that says why.
export async function settleAll<T>(requests: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(requests);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

/** Starts requests one by one; a request that throws at once (a closed transaction, a full disk) still lets the
 * ones already started settle before the error is reported. */
export function startAll<T>(start: (push: (request: Promise<T>) => void) => void): Promise<T[]> {
  const requests: Promise<T>[] = [];
  try {
    start((request) => requests.push(request));
  } catch (error) {
    requests.push(Promise.reject(error));
  }
  return settleAll(requests);
}
