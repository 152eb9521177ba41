// Ends every focus session with impossible times (lib/domain/focus/impossible-session.ts) in one transaction. A page
// calls it when its read found one; after it the alarms are derived again, so no per-minute alarm stays for it.
import { endImpossible, isImpossibleSession } from '../domain/focus';
import { planDayOf } from '../domain/settings';
import { commit } from './commit';
import type { ServiceContext } from './context';

/** How many sessions were ended. */
export function endImpossibleSessions(ctx: ServiceContext): Promise<number> {
  const now = ctx.now();
  return commit(ctx, ['settings', 'focus'], async ({ settings, focus }) => {
    const recent = await focus.recent(planDayOf(now, await settings.read()));
    const bad = recent.filter((s) => isImpossibleSession(s, now));
    for (const s of bad) await focus.put(endImpossible(s, now));
    return bad.length;
  });
}
