// What the toolbar badge says about a session: minutes left while it runs, a pause sign while paused, nothing
// once it is over.
import type { FocusSession } from '../types';
import { focusStatus, minutesLeft } from './focus-clock';

export interface BadgeView {
  text: string;
  tone: 'focus' | 'break';
}

export function badgeView(session: FocusSession | undefined, now: number): BadgeView | null {
  if (!session) return null;
  const status = focusStatus(session, now);
  if (status === 'ended' || status === 'due') return null;
  const tone = session.kind === 'focus' ? 'focus' : 'break';
  return { text: status === 'paused' ? 'II' : `${minutesLeft(session, now)}m`, tone };
}
