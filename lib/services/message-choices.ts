// Pin, unpin and hide an encouragement, and remember which one today showed (so none repeats within two weeks).
// Each is one transaction over the app state (lib/domain/app-state.ts): none of them is a settings change.
import type { AppState } from '../domain/app-state';
import type { DayKey } from '../domain/day';
import { recordShown } from '../domain/encouragement/shown-history';
import { commit } from './commit';
import type { ServiceContext } from './context';

function updateAppState(ctx: ServiceContext, change: (state: AppState) => Partial<AppState>): Promise<AppState> {
  return commit(ctx, ['appState'], ({ appState }) => appState.update(change));
}

export const pinMessage = (ctx: ServiceContext, id: string) => updateAppState(ctx, () => ({ pinnedMessageId: id }));

export const unpinMessage = (ctx: ServiceContext) => updateAppState(ctx, () => ({ pinnedMessageId: '' }));

/** Hidden for good; a hidden pinned message is unpinned too. */
export const hideMessage = (ctx: ServiceContext, id: string) =>
  updateAppState(ctx, (s) => ({
    hiddenMessageIds: s.hiddenMessageIds.includes(id) ? s.hiddenMessageIds : [...s.hiddenMessageIds, id],
    pinnedMessageId: s.pinnedMessageId === id ? '' : s.pinnedMessageId,
  }));

export const recordShownMessage = (ctx: ServiceContext, day: DayKey, id: string) =>
  updateAppState(ctx, (s) => ({ shownMessages: recordShown(s.shownMessages, day, id) }));
