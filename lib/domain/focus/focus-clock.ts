// Reading a focus session's clock. A session is only timestamps (startedAt, pausedMs, pausedAt, endedAt), so the
// remaining time is always recomputed from the stored record and `now`: a stopped service worker loses nothing.
import type { FocusSession } from '../types';
import { isImpossibleSession } from './impossible-session';

export const MS_PER_MINUTE = 60_000;

export type FocusStatus = 'running' | 'paused' | 'due' | 'ended';

export function plannedMs(session: FocusSession): number {
  return session.plannedMinutes * MS_PER_MINUTE;
}

/** Time actually spent in the session up to `now` (pauses excluded, never beyond the planned length). */
export function elapsedMs(session: FocusSession, now: number): number {
  const until = session.endedAt ?? session.pausedAt ?? now;
  const spent = Math.max(0, until - session.startedAt - session.pausedMs);
  return Math.min(spent, plannedMs(session));
}

export function remainingMs(session: FocusSession, now: number): number {
  return plannedMs(session) - elapsedMs(session, now);
}

/** The instant a running session reaches its planned length; undefined while paused or once ended. */
export function endsAt(session: FocusSession): number | undefined {
  if (session.endedAt !== undefined || session.pausedAt !== undefined) return undefined;
  return session.startedAt + session.pausedMs + plannedMs(session);
}

/** `due`: its end has passed but nobody has completed it yet (the worker was asleep when the alarm fired). */
export function focusStatus(session: FocusSession, now: number): FocusStatus {
  if (session.endedAt !== undefined) return 'ended';
  if (session.pausedAt !== undefined) return 'paused';
  return remainingMs(session, now) <= 0 ? 'due' : 'running';
}

/** Whole minutes left, rounded up, so the badge says "1" during the last minute rather than "0". */
export function minutesLeft(session: FocusSession, now: number): number {
  return Math.ceil(remainingMs(session, now) / MS_PER_MINUTE);
}

/** Finished focus time in whole minutes, recorded against the session's task. */
export function focusedMinutes(session: FocusSession, now: number): number {
  return session.kind === 'focus' ? Math.round(elapsedMs(session, now) / MS_PER_MINUTE) : 0;
}

/** The latest session that has not ended; sessions older than yesterday are left for the day's history, and one
 * with impossible times is never running (lib/services/focus-repair.ts ends it). */
export function activeSessionOf(sessions: FocusSession[], now: number): FocusSession | undefined {
  return sessions
    .filter((s) => s.endedAt === undefined && !isImpossibleSession(s, now))
    .sort((a, b) => b.startedAt - a.startedAt)[0];
}
