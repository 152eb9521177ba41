// The app's own bookkeeping, kept apart from the student's settings (lib/domain/settings.ts): which encouragement is
// pinned or hidden, which were shown lately, the last day the replanner ran and what it moved. Writing any of these
// is not a settings change, so pinning a message or recording the one shown does not make the settings form or
// anything else that watches the settings read again. Its type is derived from the defaults, as the settings' is.
import type { DayKey } from './day';

export const defaultAppState = {
  pinnedMessageId: '',
  hiddenMessageIds: [] as string[],
  /** The encouragements shown in the last two weeks, one per day, so that none repeats (lib/domain/encouragement). */
  shownMessages: [] as { day: DayKey; id: string }[],
  /** The last plan day the replanner ran for; '' before the first run (lib/services/replan-if-needed.ts). */
  lastReplannedDay: '' as DayKey,
  /**
   * What the last replan moved, kept until the student dismisses it: the day-rollover alarm replans in the
   * background, and the next page opened must still say what moved. `unplacedTaskIds` are the tasks that did not fit.
   */
  replanNews: { day: '' as DayKey, sentences: [] as string[], unplacedTaskIds: [] as string[] },
};

export type AppState = typeof defaultAppState;

/** The fields that lived in the settings record up to schema version 5 (lib/domain/backup/split-app-state.ts). */
export const APP_STATE_FIELDS = Object.keys(defaultAppState) as (keyof AppState)[];

/** The stored record over the defaults: a record without a field (or no record yet) reads the default. */
export function appStateWithDefaults(stored: Partial<AppState> | undefined): AppState {
  return { ...structuredClone(defaultAppState), ...stored };
}
