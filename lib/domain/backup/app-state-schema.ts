// The app state record (lib/domain/app-state.ts) in a backup. Every field is optional with its default, and so is
// the record itself: a file written to the design's letter, with the settings alone, still imports.
import * as v from 'valibot';
import { defaultAppState, type AppState } from '../app-state';
import { TEXT_LIMITS } from '../limits';
import { OBJECT, day, dayOrEmpty, list, text } from './backup-fields';

const fallback =
  <K extends keyof AppState>(key: K) =>
  () =>
    structuredClone(defaultAppState[key]);
const ids = (max: number) => list(text(TEXT_LIMITS.id), max);

export const appStateSchema = v.strictObject(
  {
    pinnedMessageId: v.optional(text(TEXT_LIMITS.messageId), fallback('pinnedMessageId')),
    hiddenMessageIds: v.optional(ids(1000), fallback('hiddenMessageIds')),
    shownMessages: v.optional(
      list(v.strictObject({ day: day(), id: text(TEXT_LIMITS.messageId) }, OBJECT), 1000),
      fallback('shownMessages'),
    ),
    lastReplannedDay: v.optional(dayOrEmpty(), fallback('lastReplannedDay')),
    replanNews: v.optional(
      v.strictObject(
        { day: dayOrEmpty(), sentences: list(text(TEXT_LIMITS.replanSentence), 100), unplacedTaskIds: ids(5000) },
        OBJECT,
      ),
      fallback('replanNews'),
    ),
  },
  OBJECT,
) satisfies v.GenericSchema<unknown, AppState>;
