// What the focus control shows, computed from the stored session and `now` (tested without a DOM).
import { focusStatus, minutesLeft } from '../../lib/domain/focus';
import type { FocusSession } from '../../lib/domain/types';

export type FocusControlMode = 'idle' | 'focus-running' | 'focus-paused' | 'break';

export interface FocusControlView {
  mode: FocusControlMode;
  /** "42 min left", absent when idle. */
  remaining?: string;
  /** A sentence about the state: what is being worked on, or why it paused. */
  status: string;
}

const KIND_NAME = { focus: 'Focus block', 'short-break': 'Short break', 'long-break': 'Long break' } as const;

export function focusControlView(session: FocusSession | undefined, now: number, taskTitle?: string): FocusControlView {
  const status = session ? focusStatus(session, now) : 'ended';
  if (!session || status === 'ended' || status === 'due') {
    return {
      mode: 'idle',
      status: taskTitle ? `Next up: ${taskTitle}` : 'Pick a length and start when you are ready.',
    };
  }
  const remaining = `${minutesLeft(session, now)} min left`;
  if (session.kind !== 'focus')
    return { mode: 'break', remaining, status: `${KIND_NAME[session.kind]}. Step away from the screen.` };
  const on = taskTitle ? ` on ${taskTitle}` : '';
  if (status === 'paused') {
    const why = session.pauseReason === 'idle' ? 'Paused while you were away' : 'Paused';
    return { mode: 'focus-paused', remaining, status: `${why}${on}.` };
  }
  return {
    mode: 'focus-running',
    remaining,
    status: taskTitle ? `Focusing${on}.` : 'Focusing. A notification will tell you when to take a break.',
  };
}
