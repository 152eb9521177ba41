import { useState } from 'preact/hooks';
import { focusLengthChoices, parseFocusMinutes } from '../../lib/domain/focus';

interface FocusLengthPickerProps {
  defaultMinutes: number;
  /** The student's usual length, offered too when the default is a shorter task's own. */
  usualMinutes?: number;
  /** One block of the student's exam (30 min for Step 1 since May 2026). */
  examBlockMinutes?: number;
  /** Called with the chosen length, or null while a custom length is not a valid number of minutes. */
  onChange: (minutes: number | null) => void;
}

const CUSTOM = 'custom';

/** The default length, a 30-minute exam-like block, or a custom length. */
export function FocusLengthPicker({
  defaultMinutes,
  usualMinutes,
  examBlockMinutes,
  onChange,
}: FocusLengthPickerProps) {
  const [choice, setChoice] = useState(String(defaultMinutes));
  const [custom, setCustom] = useState('');
  const customInvalid = choice === CUSTOM && custom !== '' && parseFocusMinutes(custom) === null;
  return (
    <div class="focus-length">
      <label>
        <span class="focus-length-label">Focus length</span>{' '}
        <select
          value={choice}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setChoice(value);
            onChange(value === CUSTOM ? parseFocusMinutes(custom) : Number(value));
          }}
        >
          {focusLengthChoices(defaultMinutes, examBlockMinutes, usualMinutes).map((c) => (
            <option key={c.minutes} value={String(c.minutes)}>
              {c.label}
            </option>
          ))}
          <option value={CUSTOM}>Custom length</option>
        </select>
      </label>
      {choice === CUSTOM && (
        <label>
          Minutes{' '}
          <input
            type="number"
            min={1}
            max={180}
            inputMode="numeric"
            value={custom}
            aria-invalid={customInvalid}
            aria-describedby={customInvalid ? 'focus-length-error' : undefined}
            onInput={(e) => {
              setCustom(e.currentTarget.value);
              onChange(parseFocusMinutes(e.currentTarget.value));
            }}
          />
        </label>
      )}
      {customInvalid && (
        <p id="focus-length-error" role="alert">
          Choose a whole number of minutes from 1 to 180.
        </p>
      )}
    </div>
  );
}
