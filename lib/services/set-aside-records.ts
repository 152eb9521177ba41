// A page met records it could not read and left them out: move them into the quarantine, whole, so that the data the
// pages read is good again and Export backup still carries them (the options page says how many there are).
import type { SetAsideRecord } from '../domain/types';
import { commit } from './commit';
import type { ServiceContext } from './context';

/** Resolves to the records set aside (none when every record could be read or repaired). */
export function setAsideUnreadable(ctx: ServiceContext): Promise<SetAsideRecord[]> {
  const at = new Date(ctx.now()).toISOString();
  return commit(ctx, ['quarantine'], ({ quarantine }) => quarantine.setAsideUnreadable(at, ctx.newId));
}
