// The replan notice's two actions: carry out "drop lower-priority work" for the tasks that did not fit, or
// dismiss the notice. Both read and write the news kept in the app state (lib/domain/app-state.ts, replanNews), so
// every open page shows the same notice.
import { defaultAppState } from '../domain/app-state';
import { planDayOf } from '../domain/settings';
import { makeRoom, makeRoomSummary } from '../domain/replan';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { capacityFromSettings } from './replan-capacity';

/** Trades nice-to-have work ahead for the tasks the last replan could not place; resolves to what it did. */
export function dropLowerPriorityWork(ctx: ServiceContext): Promise<string[]> {
  const now = ctx.now();
  return commit(ctx, ['settings', 'appState', 'tasks'], async (repos) => {
    const [settings, appState] = await Promise.all([repos.settings.read(), repos.appState.read()]);
    const today = planDayOf(now, settings);
    const tasks = await repos.tasks.all();
    const { capacity, lastDay } = capacityFromSettings(settings, today);
    const result = makeRoom({ tasks, unplacedIds: appState.replanNews.unplacedTaskIds, today, lastDay, capacity });
    await repos.tasks.put(...result.changed);
    const sentences = makeRoomSummary(result, today);
    // No second offer: trying again would trade nothing more, and the sentences say what still does not fit.
    await repos.appState.put({ ...appState, replanNews: { day: today, sentences, unplacedTaskIds: [] } });
    return sentences;
  });
}

export function dismissReplanNews(ctx: ServiceContext): Promise<void> {
  return commit(ctx, ['appState'], async ({ appState }) => {
    await appState.update(() => ({ replanNews: structuredClone(defaultAppState.replanNews) }));
  });
}
