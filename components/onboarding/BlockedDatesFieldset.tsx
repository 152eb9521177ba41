import { dayLabelWithYear } from '../../lib/domain/format/day-words';
import { useState } from 'preact/hooks';
import { isDayKey, type DayKey } from '../../lib/domain/day';
import { latestExamDate, LIST_LIMITS } from '../../lib/domain/limits';

/** Single dates with no study (rotation exams, holidays, a wedding): added one by one, removable. */
export function BlockedDatesFieldset({
  dates,
  today,
  onChange,
}: {
  dates: DayKey[];
  today: DayKey;
  onChange: (dates: DayKey[]) => void;
}) {
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState('');
  function add() {
    if (!isDayKey(next)) return setProblem('Choose a date to block first.');
    if (next < today) return setProblem('That date has passed; only today or later can be blocked.');
    if (next > latestExamDate(today))
      return setProblem(
        `That date is after the latest exam date a plan can have (${dayLabelWithYear(latestExamDate(today))}); please check the year.`,
      );
    if (dates.length >= LIST_LIMITS.blockedDates)
      return setProblem(`At most ${LIST_LIMITS.blockedDates} dates can be blocked.`);
    setProblem('');
    setNext('');
    if (!dates.includes(next)) onChange([...dates, next].sort());
  }
  return (
    <fieldset class="onboarding-section blocked-dates">
      <legend>
        <h2>Days you cannot study</h2>
      </legend>
      <p class="hint">Rotation exams, holidays, family days: the plan leaves them empty.</p>
      <div class="field-row">
        <label class="field">
          Date to block
          <input
            type="date"
            min={today}
            max={latestExamDate(today)}
            value={next}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'blocked-error' : undefined}
            onInput={(e) => setNext(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="button" onClick={add}>
          Block this date
        </button>
      </div>
      {problem && (
        <p class="field-error" id="blocked-error">
          {problem}
        </p>
      )}
      {dates.length > 0 ? (
        <ul class="blocked-list" aria-label="Blocked dates">
          {dates.map((d) => (
            <li key={d}>
              {dayLabelWithYear(d)}
              {/* "Unblock" on screen beside the date it frees; the date in its name for a screen reader's list of
                  buttons. */}
              <button
                type="button"
                aria-label={`Unblock ${dayLabelWithYear(d)}`}
                onClick={() => onChange(dates.filter((x) => x !== d))}
              >
                Unblock
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">No dates blocked.</p>
      )}
    </fieldset>
  );
}
