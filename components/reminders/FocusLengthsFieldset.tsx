import type { ComponentChildren } from 'preact';
import type { Settings } from '../../lib/domain/settings';

type FocusLengths = Settings['focus'];

interface FocusLengthsFieldsetProps {
  value: FocusLengths;
  onChange: (next: FocusLengths) => void;
  /** More focus options shown under the lengths (the idle pause toggle). */
  children?: ComponentChildren;
}

const FIELDS: { key: keyof FocusLengths; label: string; max: number }[] = [
  { key: 'focusMinutes', label: 'Focus minutes', max: 180 },
  { key: 'shortBreakMinutes', label: 'Short break minutes', max: 60 },
  { key: 'longBreakMinutes', label: 'Long break minutes', max: 120 },
  { key: 'blocksBeforeLongBreak', label: 'Blocks before a long break', max: 12 },
];

export function FocusLengthsFieldset({ value, onChange, children }: FocusLengthsFieldsetProps) {
  return (
    <fieldset>
      <legend>Focus blocks</legend>
      {/* Step 1 has been delivered in 30-minute blocks since 14 May 2026:
          https://www.usmle.org/test-delivery-software-updates-step-2-ck-and-step-1-coming-may-2026 */}
      <p class="hint">A 30-minute block matches a real Step 1 block; you can pick it each time you start.</p>
      {FIELDS.map(({ key, label, max }) => (
        <label key={key} class="field">
          {label}
          <input
            type="number"
            min={1}
            max={max}
            step={1}
            value={value[key]}
            onInput={(e) => onChange({ ...value, [key]: Number(e.currentTarget.value) })}
          />
        </label>
      ))}
      {children}
    </fieldset>
  );
}
