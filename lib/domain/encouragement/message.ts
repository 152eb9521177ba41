import type { Situation } from './situation';

/**
 * A claim a message makes about the student's day or history, which must be true wherever it is shown
 * (message-facts.ts says when each holds): "Keep today light" only on a light day, praise for preparation only
 * when the logs support it, "the format from the inside" only for someone who failed in the current format.
 */
export type MessageCondition =
  'light-day' | 'prepared' | 'failed-current-format' | 'failed-previous-format' | 'hard-yesterday';

/** One encouragement. `id` is stable forever: pins, hides and the two-week history refer to it. */
export interface Message {
  id: string;
  situation: Situation;
  text: string;
  /** Shown only when this holds; absent: true in every moment of its situation. */
  when?: MessageCondition;
}

/** A message's text, or its text with the claim it makes. */
export type MessageText = string | { text: string; when: MessageCondition };

/** Writes a situation's messages with ids `<prefix>-1`, `<prefix>-2`, ... Append only: never reorder or remove. */
export const messagesFor = (situation: Situation, prefix: string, texts: readonly MessageText[]): Message[] =>
  texts.map((t, i) => ({
    id: `${prefix}-${i + 1}`,
    situation,
    ...(typeof t === 'string' ? { text: t } : t),
  }));
