import { useEffect, useState } from 'preact/hooks';
import { ReminderSettings } from '../../components/reminders/ReminderSettings';
import { reminderFieldsOf } from '../../components/reminders/reminder-form';
import type { Settings } from '../../lib/domain/settings';
import { requestIdlePermission } from '../../lib/platform/permissions';
import type { ServiceContext } from '../../lib/services/context';
import { pageContext } from '../../lib/services/page-context';
import { readReminderSettings, saveReminders } from '../../lib/services/save-reminders';

/** The Reminders section of the settings page, wired to the stored settings. */
export function RemindersSlot() {
  const [loaded, setLoaded] = useState<{ ctx: ServiceContext; settings: Settings } | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    pageContext()
      .then(async (ctx) => setLoaded({ ctx, settings: await readReminderSettings(ctx) }))
      .catch(() => setError('Could not read your reminder settings. Reopen this page to try again.'));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!loaded) return null;
  return (
    <ReminderSettings
      initial={reminderFieldsOf(loaded.settings)}
      onSave={async (fields) => {
        await saveReminders(loaded.ctx, fields);
      }}
      requestIdlePermission={requestIdlePermission}
    />
  );
}
