// The replan notice's two actions: carry out "drop lower-priority work" for the tasks that did not fit, or
// dismiss the notice. Both read and write the news kept in settings (lib/domain/settings.ts, replanNews), so every
// open page shows the same notice.
import { withDefaults } from '../db/read-alarm-state';
import { SETTINGS_KEY } from '../db/schema';
import { defaultSettings } from '../domain/settings';
import { planDayAt } from '../domain/day';
import { makeRoom, makeRoomSummary } from '../domain/replan';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { capacityFromSettings } from './replan-capacity';

/** Trades nice-to-have work ahead for the tasks the last replan could not place; resolves to what it did. */
export function dropLowerPriorityWork(ctx: ServiceContext): Promise<string[]> {
  const now = ctx.now();
  return commit(ctx, ['settings', 'tasks'], async (tx) => {
    const settings = withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY));
    const today = planDayAt(now, settings.dayStartHour);
    const tasks = await tx.objectStore('tasks').getAll();
    const { capacity, lastDay } = capacityFromSettings(settings, today);
    const result = makeRoom({ tasks, unplacedIds: settings.replanNews.unplacedTaskIds, today, lastDay, capacity });
    await Promise.all(result.changed.map((t) => tx.objectStore('tasks').put(t)));
    const sentences = makeRoomSummary(result, today);
    // No second offer: trying again would trade nothing more, and the sentences say what still does not fit.
    await tx.objectStore('settings').put({ ...settings, replanNews: { day: today, sentences, unplacedTaskIds: [] } }, SETTINGS_KEY);
    return sentences;
  });
}

export function dismissReplanNews(ctx: ServiceContext): Promise<void> {
  return commit(ctx, ['settings'], async (tx) => {
    const settings = withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY));
    await tx.objectStore('settings').put({ ...settings, replanNews: structuredClone(defaultSettings.replanNews) }, SETTINGS_KEY);
  });
}
