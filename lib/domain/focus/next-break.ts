// Which break follows a finished focus block: short, and a long one after every `blocksBeforeLongBreak` blocks
// (the classic focus/break rhythm; the lengths are the student's settings).
import type { Settings } from '../settings';
import type { FocusKind } from '../types';

export interface BreakChoice {
  kind: Extract<FocusKind, 'short-break' | 'long-break'>;
  minutes: number;
}

/** `completedBlocksToday` counts the block that just finished. */
export function nextBreak(completedBlocksToday: number, focus: Settings['focus']): BreakChoice {
  const every = Math.max(1, focus.blocksBeforeLongBreak);
  return completedBlocksToday > 0 && completedBlocksToday % every === 0
    ? { kind: 'long-break', minutes: focus.longBreakMinutes }
    : { kind: 'short-break', minutes: focus.shortBreakMinutes };
}
