// The words of the focus notifications.
import type { FocusSession } from '../types';
import { focusedMinutes, minutesLeft } from './focus-clock';

export interface FocusCopy {
  title: string;
  message: string;
}

export function blockDoneCopy(finished: FocusSession, rest: FocusSession | undefined, taskTitle?: string): FocusCopy {
  const what = taskTitle ? ` on ${taskTitle}` : '';
  const spent = `You focused ${focusedMinutes(finished, finished.endedAt ?? finished.startedAt)} minutes${what}.`;
  if (!rest) return { title: 'Focus block done', message: spent };
  const longer = rest.kind === 'long-break' ? ' That was a few blocks in a row, so this one is longer.' : '';
  return {
    title: `Block done: take a ${rest.plannedMinutes}-minute break`,
    message: `${spent} Stand up, drink some water, look away from the screen.${longer}`,
  };
}

export function breakOverCopy(taskTitle?: string): FocusCopy {
  return {
    title: 'Break is over',
    message: taskTitle
      ? `Ready for the next block of ${taskTitle}?`
      : 'Ready for the next block? Pick up the next task on your list.',
  };
}

export function idlePausedCopy(session: FocusSession, now: number): FocusCopy {
  return {
    title: 'Focus paused while you were away',
    message: `Your block stopped counting when the computer went idle, with ${minutesLeft(session, now)} minutes left. Resume when you are back.`,
  };
}
