// The today read with the database behind it (idb, the schema's upgrade ladder): a chunk of its own, so that a page
// drawing its first frame from the snapshot loads it after that frame, not before.
import { openDatabase } from '../db/open';
import { readToday } from '../db/read-today';
import type { TodayRecords } from '../domain/today/today-view';
import type { ServiceContext } from './context';

export async function readTodayRecords(now: number, ctx?: ServiceContext): Promise<TodayRecords> {
  return readToday(ctx ? ctx.db : await openDatabase(), now);
}
