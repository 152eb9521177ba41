import { useState } from 'preact/hooks';
import type { DecisionSettingsFields } from '../../lib/domain/settings-sections';
import { FormStatus } from '../logging/FormStatus';
import { useSubmit } from '../logging/use-submit';
import { PRACTICE_REPORTS_ORIGIN } from '../../lib/domain/fact-origin';
import { FactSource } from '../facts/FactSource';
import './standing.css';

/**
 * The settings section for deciding when to sit: a go-ahead level in each unit a practice form reports (like with
 * like, lib/domain/readiness/go-ahead.ts) and the reschedule deadline (the school's deadline sits with the exam date).
 */
export function DecisionSettings({
  initial,
  onSave,
}: {
  initial: DecisionSettingsFields;
  onSave: (fields: DecisionSettingsFields) => Promise<void>;
}) {
  const [probability, setProbability] = useState(String(initial.goAheadPassProbability));
  const [free120, setFree120] = useState(initial.goAheadPercent > 0 ? String(initial.goAheadPercent) : '');
  const [reschedule, setReschedule] = useState(initial.rescheduleDeadline);
  const status = useSubmit('Saved.');

  async function submit(event: Event) {
    event.preventDefault();
    const pass = Number(probability);
    if (probability.trim() === '' || !(pass >= 1 && pass <= 100))
      return status.setError('Enter the NBME go-ahead level as a probability of passing from 1 to 100.');
    const percent = free120.trim() === '' ? 0 : Number(free120);
    if (!(percent >= 0 && percent <= 100))
      return status.setError('Enter the Free 120 go-ahead score as a percent from 0 to 100, or leave it empty.');
    await status.run(() =>
      onSave({ goAheadPassProbability: pass, goAheadPercent: percent, rescheduleDeadline: reschedule }),
    );
  }

  return (
    <form class="decision-settings" noValidate aria-labelledby="decision-title" onSubmit={submit}>
      <h2 id="decision-title">Deciding when to sit</h2>
      <p class="hint">
        Retake Coach compares each practice exam with a go-ahead level in its own unit, and tells you, before your
        reschedule deadline, if your results are below it. NBME forms report an estimated probability of passing; the
        Free 120 reports percent correct only. UWorld and other forms are compared with earlier forms of their own kind.
        NBME publishes no threshold: 90% is our cautious default, so ask your advisor what level your school looks for.{' '}
        <FactSource origin={PRACTICE_REPORTS_ORIGIN} about="what the practice exam reports give" />
      </p>
      <label>
        Go-ahead NBME probability of passing (%)
        <input
          type="number"
          min={1}
          max={100}
          inputMode="numeric"
          value={probability}
          onInput={(e) => setProbability(e.currentTarget.value)}
        />
      </label>
      <label>
        Go-ahead Free 120 score (% correct)
        <input
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          value={free120}
          onInput={(e) => setFree120(e.currentTarget.value)}
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
