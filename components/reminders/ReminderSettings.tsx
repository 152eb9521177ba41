import { useState } from 'preact/hooks';
import { saveErrorMessage } from '../../lib/domain/write-error-message';
import { FocusLengthsFieldset } from './FocusLengthsFieldset';
import { NotificationsFieldset } from './NotificationsFieldset';
import type { ReminderSettingsFields } from '../../lib/domain/settings-sections';
import { reminderProblem } from './reminder-form';
import { StudyWindowsFieldset } from './StudyWindowsFieldset';
import './reminder-settings.css';

export interface ReminderSettingsProps {
  initial: ReminderSettingsFields;
  onSave: (fields: ReminderSettingsFields) => Promise<void>;
  /** Asks the browser for the optional `idle` permission; must be called straight from the toggle's event. */
  requestIdlePermission: () => Promise<boolean>;
}

/** The "Reminders" section of the settings page. */
export function ReminderSettings({ initial, onSave, requestIdlePermission }: ReminderSettingsProps) {
  const [f, setF] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const edit = (next: Partial<ReminderSettingsFields>) => {
    setF({ ...f, ...next });
    setSaved('');
  };

  const toggleIdle = (checked: boolean) => {
    if (!checked) return edit({ pauseFocusWhenIdle: false });
    requestIdlePermission().then(
      (granted) =>
        granted
          ? edit({ pauseFocusWhenIdle: true })
          : setError('Without the "idle" permission the browser cannot tell when you step away, so this stays off.'),
      () => setError('The browser did not ask for the "idle" permission. Please try again.'),
    );
  };

  const save = (event: Event) => {
    event.preventDefault();
    const problem = reminderProblem(f);
    setError(problem);
    if (problem) return;
    onSave(f).then(
      () => setSaved('Reminders saved. Your alarms now follow these times.'),
      (e: unknown) => setError(saveErrorMessage(e, 'Saving your reminders')),
    );
  };

  return (
    <section class="reminder-settings" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <form onSubmit={save} noValidate>
        <NotificationsFieldset value={f.notifications} onChange={(notifications) => edit({ notifications })} />
        <fieldset>
          <legend>Times</legend>
          <label class="field">
            Morning plan time
            <input type="time" value={f.morningTime} onInput={(e) => edit({ morningTime: e.currentTarget.value })} />
          </label>
          <label class="field">
            Evening review time
            <input type="time" value={f.eveningTime} onInput={(e) => edit({ eveningTime: e.currentTarget.value })} />
          </label>
        </fieldset>
        <fieldset>
          <legend>Quiet hours</legend>
          <label class="check">
            <input
              type="checkbox"
              checked={f.quietHours.enabled}
              onChange={(e) => edit({ quietHours: { ...f.quietHours, enabled: e.currentTarget.checked } })}
            />
            No reminders during quiet hours
          </label>
          <label class="field">
            Quiet from
            <input
              type="time"
              value={f.quietHours.start}
              disabled={!f.quietHours.enabled}
              onInput={(e) => edit({ quietHours: { ...f.quietHours, start: e.currentTarget.value } })}
            />
          </label>
          <label class="field">
            Quiet until
            <input
              type="time"
              value={f.quietHours.end}
              disabled={!f.quietHours.enabled}
              onInput={(e) => edit({ quietHours: { ...f.quietHours, end: e.currentTarget.value } })}
            />
          </label>
          <p class="hint">
            The morning plan waits until quiet hours end; a study or evening reminder that falls inside them is skipped.
            A focus block you started still tells you when it ends.
          </p>
        </fieldset>
        <StudyWindowsFieldset value={f.studyWindows} onChange={(studyWindows) => edit({ studyWindows })} />
        <FocusLengthsFieldset value={f.focus} onChange={(focus) => edit({ focus })}>
          <label class="check">
            <input
              type="checkbox"
              checked={f.pauseFocusWhenIdle}
              onChange={(e) => toggleIdle(e.currentTarget.checked)}
            />
            Pause focus when I step away from the computer
          </label>
        </FocusLengthsFieldset>
        {error && <p role="alert">{error}</p>}
        <p role="status">{saved}</p>
        <button type="submit" class="primary">
          Save reminders
        </button>
      </form>
    </section>
  );
}
