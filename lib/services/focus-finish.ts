// What happens when a block's or a break's time is up (its alarm fired, perhaps long after, if the worker or the
// browser was asleep): the session is completed at its real end; a finished focus block is followed by a break
// that starts at that same instant, short or long by the count of blocks done today.
import { completeSession, focusStatus, nextBreak, startSession } from '../domain/focus';
import type { Settings } from '../domain/settings';
import type { FocusSession } from '../domain/types';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { completedBlocksOn, FOCUS_REPOSITORIES, readFocusContext, saveEnded } from './focus-record';

export interface FinishedSession {
  finished: FocusSession;
  /** The break that began, after a focus block. */
  next?: FocusSession;
  /** Read in the same transaction, for the notification: whether it may show and the task it names. */
  settings: Settings;
  taskTitle?: string;
}

/** Completes the session `sessionId` if its time is up; undefined when it is not (or no longer) running. */
export function finishSession(ctx: ServiceContext, sessionId: string): Promise<FinishedSession | undefined> {
  const now = ctx.now();
  const breakId = ctx.newId();
  return commit(ctx, FOCUS_REPOSITORIES, async (repos) => {
    const { settings, today, active, recent } = await readFocusContext(repos, now);
    if (!active || active.id !== sessionId || focusStatus(active, now) !== 'due') return undefined;
    const finished = completeSession(active, now);
    await saveEnded(repos, finished, now);
    const taskTitle = finished.taskId ? (await repos.tasks.get(finished.taskId))?.title : undefined;
    const told = { finished, settings, taskTitle };
    if (finished.kind !== 'focus') return told;
    const done = completedBlocksOn([...recent.filter((s) => s.id !== finished.id), finished], today);
    const choice = nextBreak(done, settings.focus);
    const rest = startSession(
      { id: breakId, kind: choice.kind, day: today, minutes: choice.minutes, taskId: finished.taskId },
      finished.endedAt ?? now,
    );
    // A break that also ran out while the worker slept is not started: the student has long moved on.
    if (focusStatus(rest, now) === 'due') return told;
    await repos.focus.put(rest);
    return { ...told, next: rest };
  });
}
