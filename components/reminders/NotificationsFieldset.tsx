import type { Settings } from '../../lib/domain/settings';

type Toggles = Settings['notifications'];

interface NotificationsFieldsetProps {
  value: Toggles;
  onChange: (next: Toggles) => void;
}

const KINDS: { key: Exclude<keyof Toggles, 'enabled'>; label: string }[] = [
  { key: 'morning', label: 'Morning plan' },
  { key: 'studyBlocks', label: 'Study window starts' },
  { key: 'focus', label: 'Focus block and break ends' },
  { key: 'evening', label: 'Evening review' },
  { key: 'practiceEve', label: 'Evening before a practice exam' },
];

export function NotificationsFieldset({ value, onChange }: NotificationsFieldsetProps) {
  return (
    <fieldset>
      <legend>Notifications</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => onChange({ ...value, enabled: e.currentTarget.checked })}
        />
        Send reminders
      </label>
      {KINDS.map(({ key, label }) => (
        <label key={key} class="check indented">
          <input
            type="checkbox"
            checked={value[key]}
            disabled={!value.enabled}
            onChange={(e) => onChange({ ...value, [key]: e.currentTarget.checked })}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
