// Pin, unpin and hide an encouragement, and remember which one today showed (so none repeats within two weeks).
// Each is one transaction over the settings.
import type { DayKey } from '../domain/day';
import { recordShown } from '../domain/encouragement/shown-history';
import type { Settings } from '../domain/settings';
import { commit } from './commit';
import type { ServiceContext } from './context';

function updateSettings(ctx: ServiceContext, change: (settings: Settings) => Partial<Settings>): Promise<Settings> {
  return commit(ctx, ['settings'], ({ settings }) => settings.update(change));
}

export const pinMessage = (ctx: ServiceContext, id: string) => updateSettings(ctx, () => ({ pinnedMessageId: id }));

export const unpinMessage = (ctx: ServiceContext) => updateSettings(ctx, () => ({ pinnedMessageId: '' }));

/** Hidden for good; a hidden pinned message is unpinned too. */
export const hideMessage = (ctx: ServiceContext, id: string) =>
  updateSettings(ctx, (s) => ({
    hiddenMessageIds: s.hiddenMessageIds.includes(id) ? s.hiddenMessageIds : [...s.hiddenMessageIds, id],
    pinnedMessageId: s.pinnedMessageId === id ? '' : s.pinnedMessageId,
  }));

export const recordShownMessage = (ctx: ServiceContext, day: DayKey, id: string) =>
  updateSettings(ctx, (s) => ({ shownMessages: recordShown(s.shownMessages, day, id) }));
