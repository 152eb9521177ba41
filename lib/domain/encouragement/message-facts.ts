// What is true today that a message may claim (message.ts, MessageCondition). The page works these out from its
// read (lib/domain/today/message-facts.ts); this module only says which facts each claim needs.
import type { FormatId } from '../profiles/exam-formats';
import type { Message, MessageCondition } from './message';

export interface MessageFacts {
  /** Today is rest-like or within the light-day limit (lib/domain/today/message-facts.ts `isLightDay`). */
  lightDay: boolean;
  /** The logs support praise for preparation (lib/domain/today/message-facts.ts `logsShowPreparation`). */
  prepared: boolean;
  /** The format of the attempt the student failed (lib/domain/profiles/exam-formats.ts), 'unknown' with none recorded. */
  failedFormat: FormatId | 'unknown';
  /** The latest evening reflection, a low one, was written yesterday (not this evening). */
  hardYesterday: boolean;
}

/** Nothing known (a snapshot kept before these facts existed): no message that claims something is shown. */
export const NO_FACTS: MessageFacts = {
  lightDay: false,
  prepared: false,
  failedFormat: 'unknown',
  hardYesterday: false,
};

const HOLDS: Record<MessageCondition, (facts: MessageFacts) => boolean> = {
  'light-day': (f) => f.lightDay,
  prepared: (f) => f.prepared,
  'failed-current-format': (f) => f.failedFormat === 'current',
  'failed-previous-format': (f) => f.failedFormat === 'previous',
  // `=== true`: a frame kept before this fact existed lacks it.
  'hard-yesterday': (f) => f.hardYesterday === true,
};

/** Whether everything `message` claims is true given `facts`. */
export const messageFits = (message: Message, facts: MessageFacts): boolean =>
  message.when === undefined || HOLDS[message.when](facts);
