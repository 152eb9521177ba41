import { useState } from 'preact/hooks';
import type { DayKey } from '../../lib/domain/day';
import { FormStatus } from '../logging/FormStatus';
import { useSubmit } from '../logging/use-submit';
import './standing.css';

export interface DecisionFields {
  goAheadPercent: number;
  rescheduleDeadline: DayKey | '';
}

/** The settings section for deciding when to sit: go-ahead score and reschedule deadline (the school's deadline sits with the exam date). */
export function DecisionSettings({
  initial,
  onSave,
}: {
  initial: DecisionFields;
  onSave: (fields: DecisionFields) => Promise<void>;
}) {
  const [goAhead, setGoAhead] = useState(initial.goAheadPercent > 0 ? String(initial.goAheadPercent) : '');
  const [reschedule, setReschedule] = useState(initial.rescheduleDeadline);
  const status = useSubmit('Saved.');

  async function submit(event: Event) {
    event.preventDefault();
    const percent = goAhead.trim() === '' ? 0 : Number(goAhead);
    if (!(percent >= 0 && percent <= 100))
      return status.setError('Enter the go-ahead score as a percent from 0 to 100, or leave it empty.');
    await status.run(() => onSave({ goAheadPercent: percent, rescheduleDeadline: reschedule }));
  }

  return (
    <form class="decision-settings" noValidate aria-labelledby="decision-title" onSubmit={submit}>
      <h2 id="decision-title">Deciding when to sit</h2>
      <p class="hint">
        Retake Coach compares your practice exams with the score you choose here and tells you, before your reschedule
        deadline, if they are below it. NBME publishes no single passing percent, so ask your advisor what level your
        school looks for.
      </p>
      <label>
        Go-ahead practice score (%)
        <input
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          value={goAhead}
          onInput={(e) => setGoAhead(e.currentTarget.value)}
        />
      </label>
      <label>
        Reschedule deadline
        <input type="date" value={reschedule} onInput={(e) => setReschedule(e.currentTarget.value)} />
      </label>
      <button type="submit" class="primary" disabled={status.busy}>
        Save
      </button>
      <FormStatus error={status.error} saved={status.saved} />
    </form>
  );
}
