import type { Situation } from './situation';

/** One encouragement. `id` is stable forever: pins, hides and the two-week history refer to it. */
export interface Message {
  id: string;
  situation: Situation;
  text: string;
}

/** Writes a situation's messages with ids `<prefix>-1`, `<prefix>-2`, ... Append only: never reorder or remove. */
export const messagesFor = (situation: Situation, prefix: string, texts: readonly string[]): Message[] =>
  texts.map((text, i) => ({ id: `${prefix}-${i + 1}`, situation, text }));
