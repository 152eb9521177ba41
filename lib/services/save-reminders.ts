// Saves the Reminders section: only the reminder fields change, the plan stays as it is; afterWrite re-derives the
// alarms so new times take effect at once.
import { withDefaults } from '../db/read-alarm-state';
import { SETTINGS_KEY } from '../db/schema';
import type { Settings } from '../domain/settings';
import { commit } from './commit';
import type { ServiceContext } from './context';

export type ReminderSettingsFields = Pick<Settings, 'morningTime' | 'eveningTime' | 'studyWindows' | 'quietHours' | 'notifications' | 'focus' | 'pauseFocusWhenIdle'>;

export function saveReminders(ctx: ServiceContext, fields: ReminderSettingsFields): Promise<Settings> {
  return commit(ctx, ['settings'], async (tx) => {
    const store = tx.objectStore('settings');
    const next: Settings = { ...withDefaults(await store.get(SETTINGS_KEY)), ...structuredClone(fields) };
    await store.put(next, SETTINGS_KEY);
    return next;
  });
}

export async function readReminderSettings(ctx: ServiceContext): Promise<Settings> {
  return withDefaults(await ctx.db.get('settings', SETTINGS_KEY));
}
