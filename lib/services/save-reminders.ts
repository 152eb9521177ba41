// Saves the Reminders section: only the reminder fields change, the plan stays as it is; afterWrite re-derives the
// alarms so new times take effect at once.
import { readTransaction } from '../db/transaction';
import type { Settings } from '../domain/settings';
import { commit } from './commit';
import type { ServiceContext } from './context';

export type ReminderSettingsFields = Pick<Settings, 'morningTime' | 'eveningTime' | 'studyWindows' | 'quietHours' | 'notifications' | 'focus' | 'pauseFocusWhenIdle'>;

export function saveReminders(ctx: ServiceContext, fields: ReminderSettingsFields): Promise<Settings> {
  return commit(ctx, ['settings'], ({ settings }) => settings.update(() => structuredClone(fields)));
}

export async function readReminderSettings(ctx: ServiceContext): Promise<Settings> {
  return readTransaction(ctx.db, ['settings'], ({ settings }) => settings.read());
}
