// The focus state machine: every transition takes the stored record and `now` and returns the next record. A
// transition that does not apply in the current state returns the record unchanged, so a double click or a
// notification button pressed after the popup already acted is harmless.
import type { DayKey } from '../day';
import type { FocusKind, FocusSession } from '../types';
import { endsAt, focusStatus } from './focus-clock';

export interface StartSession {
  id: string;
  kind: FocusKind;
  day: DayKey;
  minutes: number;
  taskId?: string;
}

export function startSession(start: StartSession, now: number): FocusSession {
  if (!Number.isFinite(start.minutes) || start.minutes <= 0)
    throw new RangeError(`A session needs a positive length, not ${start.minutes}`);
  return {
    id: start.id,
    kind: start.kind,
    day: start.day,
    startedAt: now,
    plannedMinutes: start.minutes,
    pausedMs: 0,
    ...(start.taskId ? { taskId: start.taskId } : {}),
  };
}

export function pauseSession(session: FocusSession, now: number, reason: 'user' | 'idle' = 'user'): FocusSession {
  if (focusStatus(session, now) !== 'running') return session;
  return { ...session, pausedAt: now, pauseReason: reason };
}

export function resumeSession(session: FocusSession, now: number): FocusSession {
  if (session.endedAt !== undefined || session.pausedAt === undefined) return session;
  const { pausedAt, pauseReason: _reason, ...rest } = session;
  return { ...rest, pausedMs: session.pausedMs + Math.max(0, now - pausedAt) };
}

/** Adds minutes to a running or paused session (the "+10 min" button). */
export function extendSession(session: FocusSession, now: number, minutes = 10): FocusSession {
  const status = focusStatus(session, now);
  if (status === 'ended' || status === 'due') return session;
  return { ...session, plannedMinutes: session.plannedMinutes + minutes };
}

/** Ends the session early; the time spent so far still counts. A paused session ends where it was paused. */
export function stopSession(session: FocusSession, now: number): FocusSession {
  const status = focusStatus(session, now);
  if (status === 'ended') return session;
  if (status === 'due') return completeSession(session, now);
  const { pauseReason: _reason, ...rest } = session;
  return { ...rest, endedAt: session.pausedAt ?? now, endReason: 'stopped' };
}

/** Marks a session whose time is up as completed at the instant it ran out, however late the worker wakes. */
export function completeSession(session: FocusSession, now: number): FocusSession {
  const end = endsAt(session);
  if (end === undefined || end > now) return session;
  return { ...session, endedAt: end, endReason: 'completed' };
}
