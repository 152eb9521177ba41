// A focus session whose timestamps cannot be real: started in the future (a clock set ahead, or a year-3000 record
// from an old version or a hand-edited file), paused before it began, or paused for longer than it has existed.
// Such a session would never end and would keep a per-minute alarm alive, so it is ended as soon as it is read.
import type { FocusSession } from '../types';

/** Clocks of two machines (or one corrected by the network) may disagree by a few minutes; more is not a real start. */
const CLOCK_SLACK_MS = 10 * 60_000;

export function isImpossibleSession(s: FocusSession, now: number): boolean {
  if (s.endedAt !== undefined) return false;
  if (s.startedAt > now + CLOCK_SLACK_MS) return true;
  if (s.pausedAt !== undefined && (s.pausedAt < s.startedAt || s.pausedAt > now + CLOCK_SLACK_MS)) return true;
  return s.pausedMs < 0 || s.pausedMs > Math.max(0, (s.pausedAt ?? now) - s.startedAt) + CLOCK_SLACK_MS;
}

/** The session ended where it stands: stopped, with no time counted (it never truly ran). */
export function endImpossible(s: FocusSession, now: number): FocusSession {
  const { pausedAt: _paused, pauseReason: _reason, ...rest } = s;
  return { ...rest, pausedMs: 0, endedAt: Math.max(now, s.startedAt), endReason: 'stopped' };
}
