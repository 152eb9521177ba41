import { ReminderSettings } from '../../components/reminders/ReminderSettings';
import { reminderFieldsOf } from '../../components/reminders/reminder-form';
import { requestIdlePermission } from '../../lib/platform/permissions';
import { readReminderSettings, saveReminders } from '../../lib/services/save-reminders';
import { useSlotData } from './use-slot-data';

/** The Reminders section of the settings page, wired to the stored settings; re-read when another page changes them. */
export function RemindersSlot() {
  const { slot, save } = useSlotData(
    (ctx) => readReminderSettings(ctx).then(reminderFieldsOf),
    'Could not read your reminder settings. Reopen this page to try again.',
  );
  if (!slot) return null;
  if ('error' in slot) return <p role="alert">{slot.error}</p>;
  const { ctx, data: base, generation, note, alert } = slot;
  return (
    <div>
      {note && (
        <p role={alert ? 'alert' : 'status'} class="slot-note">
          {note}
        </p>
      )}
      <ReminderSettings
        key={generation}
        initial={base}
        onSave={(fields) => save(() => saveReminders(ctx, fields, base), structuredClone(fields))}
        requestIdlePermission={requestIdlePermission}
      />
    </div>
  );
}
