// The two weeks of shown messages kept in the settings (lib/domain/settings.ts `shownMessages`). Apart from the
// library on purpose: pages record what they showed without loading every message.
import { daysBetween, type DayKey } from '../day';
import type { Message } from './message';

export const NO_REPEAT_DAYS = 14;

export interface ShownMessage {
  day: DayKey;
  id: string;
}

/** The history with today's choice recorded (replacing an earlier one for the same day), two weeks kept. */
export function recordShown(history: readonly ShownMessage[], day: DayKey, id: string): ShownMessage[] {
  const kept = history.filter(
    (e) => e.day !== day && daysBetween(e.day, day) < NO_REPEAT_DAYS && daysBetween(e.day, day) > 0,
  );
  return [...kept, { day, id }].sort((a, b) => a.day.localeCompare(b.day));
}

/** The history to store once `message` was shown on `day`, or null when there is nothing new to remember (it is
 * already recorded, or it is the pinned one, which is not part of the rotation). */
export function historyAfterShowing(
  history: readonly ShownMessage[],
  day: DayKey,
  message: Message,
  pinned: string,
): ShownMessage[] | null {
  if (message.id === pinned || history.some((e) => e.day === day && e.id === message.id)) return null;
  return recordShown(history, day, message.id);
}
