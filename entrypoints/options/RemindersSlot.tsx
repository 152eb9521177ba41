import { ReminderSettings } from '../../components/reminders/ReminderSettings';
import { reminderFieldsOf } from '../../components/reminders/reminder-form';
import { requestIdlePermission } from '../../lib/platform/permissions';
import { readReminderSettings, saveReminders } from '../../lib/services/save-reminders';
import { useSlotData } from './use-slot-data';

/** The Reminders section of the settings page, wired to the stored settings. */
export function RemindersSlot() {
  const slot = useSlotData(readReminderSettings, 'Could not read your reminder settings. Reopen this page to try again.');
  if (!slot) return null;
  if ('error' in slot) return <p role="alert">{slot.error}</p>;
  const { ctx, data: settings } = slot;
  return (
    <ReminderSettings
      initial={reminderFieldsOf(settings)}
      onSave={async (fields) => {
        await saveReminders(ctx, fields);
      }}
      requestIdlePermission={requestIdlePermission}
    />
  );
}
