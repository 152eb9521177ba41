// Saves the Reminders section: only the reminder fields change, the plan stays as it is; afterWrite re-derives the
// alarms so new times take effect at once.
import { readTransaction } from '../db/transaction';
import type { Settings } from '../domain/settings';
import { REMINDER_KEYS, type ReminderSettingsFields } from '../domain/settings-sections';
import { commit } from './commit';
import { sectionOf, writeSettingsSection } from './settings-section';
import type { ServiceContext } from './context';

/** `base` is what the form read: a save from a form that another tab has made stale is refused (StaleWriteError). */
export function saveReminders(
  ctx: ServiceContext,
  fields: ReminderSettingsFields,
  base?: ReminderSettingsFields,
): Promise<Settings> {
  return commit(ctx, ['settings'], ({ settings }) =>
    writeSettingsSection(settings, sectionOf(fields as Settings, REMINDER_KEYS), base, 'Your reminder settings'),
  );
}

export async function readReminderSettings(ctx: ServiceContext): Promise<Settings> {
  return readTransaction(ctx.db, ['settings'], ({ settings }) => settings.read());
}
