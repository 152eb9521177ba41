// Start focus: a new focus block on a task (or on nothing in particular), ending whatever block or break was on.
import { startSession, stopSession } from '../domain/focus';
import type { FocusSession } from '../domain/types';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { FOCUS_REPOSITORIES, readFocusContext, saveEnded } from './focus-record';

export interface StartFocusInput {
  taskId?: string;
  /** Defaults to the student's focus length (50 min unless changed). */
  minutes?: number;
  /** The student picked `minutes` themselves: it becomes their usual focus length, in the same transaction, so the
   * next block (on any page) offers it first. */
  rememberLength?: boolean;
}

export function startFocus(ctx: ServiceContext, input: StartFocusInput = {}): Promise<FocusSession> {
  const now = ctx.now();
  const id = ctx.newId();
  return commit(ctx, FOCUS_REPOSITORIES, async (repos) => {
    const { settings, today, active } = await readFocusContext(repos, now);
    if (active) await saveEnded(repos, stopSession(active, now), now);
    const picked = input.rememberLength ? input.minutes : undefined;
    if (picked !== undefined && picked !== settings.focus.focusMinutes)
      await repos.settings.update((s) => ({ focus: { ...s.focus, focusMinutes: picked } }));
    const session = startSession(
      { id, kind: 'focus', day: today, minutes: input.minutes ?? settings.focus.focusMinutes, taskId: input.taskId },
      now,
    );
    await repos.focus.put(session);
    return session;
  });
}
