import type { StudyWindow } from '../../lib/domain/settings';
import { WEEKDAYS } from './reminder-form';

interface StudyWindowsFieldsetProps {
  value: StudyWindow[][];
  onChange: (next: StudyWindow[][]) => void;
}

const NEW_WINDOW: StudyWindow = { start: '09:00', end: '12:00' };

/** Study windows per weekday; a reminder comes at the start of each. */
export function StudyWindowsFieldset({ value, onChange }: StudyWindowsFieldsetProps) {
  const setDay = (day: number, windows: StudyWindow[]) => onChange(value.map((w, i) => (i === day ? windows : w)));
  return (
    <fieldset class="study-windows">
      <legend>Study windows</legend>
      <p class="hint">A reminder naming your next task comes at the start of each window.</p>
      {WEEKDAYS.map((name, day) => {
        const windows = value[day] ?? [];
        return (
          <div class="weekday-windows" key={name}>
            <span class="weekday-name">{name}</span>
            {windows.length === 0 && <span class="hint">No windows</span>}
            {windows.map((w, j) => (
              <span class="window" key={j}>
                <input
                  type="time"
                  aria-label={`${name} window ${j + 1} start`}
                  value={w.start}
                  onInput={(e) =>
                    setDay(
                      day,
                      windows.map((x, k) => (k === j ? { ...x, start: e.currentTarget.value } : x)),
                    )
                  }
                />
                <span aria-hidden="true">to</span>
                <input
                  type="time"
                  aria-label={`${name} window ${j + 1} end`}
                  value={w.end}
                  onInput={(e) =>
                    setDay(
                      day,
                      windows.map((x, k) => (k === j ? { ...x, end: e.currentTarget.value } : x)),
                    )
                  }
                />
                <button
                  type="button"
                  aria-label={`Remove ${name} window ${j + 1}`}
                  onClick={() =>
                    setDay(
                      day,
                      windows.filter((_, k) => k !== j),
                    )
                  }
                >
                  Remove
                </button>
              </span>
            ))}
            <button
              type="button"
              aria-label={`Add a ${name} window`}
              onClick={() => setDay(day, [...windows, NEW_WINDOW])}
            >
              Add
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}
