// Pause, resume, +10 min and stop for the running block or break, from the popup, a notification button or the
// idle detector. Each is one transaction; a control that does not apply (already paused, already over) writes
// nothing new and returns the session as it is.
import { EXTEND_MINUTES, extendSession, pauseSession, resumeSession, stopSession } from '../domain/focus';
import type { FocusSession } from '../domain/types';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { FOCUS_REPOSITORIES, readFocusContext, saveEnded } from './focus-record';

type Step = (session: FocusSession, now: number) => FocusSession;

function control(ctx: ServiceContext, step: Step): Promise<FocusSession | undefined> {
  const now = ctx.now();
  return commit(ctx, FOCUS_REPOSITORIES, async (repos) => {
    const { active } = await readFocusContext(repos, now);
    if (!active) return undefined;
    const next = step(active, now);
    if (next === active) return active;
    if (next.endedAt !== undefined) await saveEnded(repos, next, now);
    else await repos.focus.put(next);
    return next;
  });
}

export const pauseFocus = (ctx: ServiceContext, reason: 'user' | 'idle' = 'user') =>
  control(ctx, (s, now) => pauseSession(s, now, reason));
export const resumeFocus = (ctx: ServiceContext) => control(ctx, resumeSession);
export const extendFocus = (ctx: ServiceContext) => control(ctx, (s, now) => extendSession(s, now, EXTEND_MINUTES));
export const stopFocus = (ctx: ServiceContext) => control(ctx, stopSession);
