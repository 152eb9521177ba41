import { useState } from 'preact/hooks';
import type { ReflectionEntry } from '../../lib/domain/types';
import { TEXT_LIMITS } from '../../lib/domain/limits';
import { FormStatus } from './FormStatus';
import { useSubmit } from './use-submit';
import './logging.css';

const MOODS = [
  [1, 'Very hard day'],
  [2, 'Hard day'],
  [3, 'Mixed day'],
  [4, 'Good day'],
  [5, 'Very good day'],
] as const;

/** The evening reflection: two short answers and a mood from 1 to 5. */
export function ReflectionForm({ onSubmit }: { onSubmit: (values: ReflectionEntry) => Promise<void> }) {
  const [wentWell, setWentWell] = useState('');
  const [hard, setHard] = useState('');
  const [mood, setMood] = useState(0);
  const status = useSubmit('Saved. Thank you for showing up today, whatever the day was like.');
  // What was saved stays on the page (the confirmation fades; the student's own words should not).
  const [kept, setKept] = useState<ReflectionEntry | undefined>();

  async function submit(event: Event) {
    event.preventDefault();
    if (mood === 0) return status.setError('Choose how the day felt, from 1 to 5.');
    const values = { wentWell, hard, mood };
    if (await status.run(() => onSubmit(values))) {
      setKept(values);
      setWentWell('');
      setHard('');
      setMood(0);
    }
  }

  return (
    <form class="log-form" noValidate aria-label="Evening reflection" onSubmit={submit}>
      <label>
        What went well
        <textarea
          rows={2}
          maxLength={TEXT_LIMITS.journal}
          value={wentWell}
          onInput={(e) => setWentWell(e.currentTarget.value)}
        />
      </label>
      <label>
        What was hard
        <textarea
          rows={2}
          maxLength={TEXT_LIMITS.journal}
          value={hard}
          onInput={(e) => setHard(e.currentTarget.value)}
        />
      </label>
      <fieldset class="log-mood">
        <legend>How did today feel? (1 very hard, 5 very good)</legend>
        {MOODS.map(([value, label]) => (
          <label key={value} class="check">
            <input
              type="radio"
              name="reflection-mood"
              checked={mood === value}
              onChange={() => setMood(value)}
              aria-label={`${value}: ${label}`}
            />
            {value}
          </label>
        ))}
      </fieldset>
      <button type="submit" class="primary" disabled={status.busy}>
        Save reflection
      </button>
      <FormStatus error={status.error} saved={status.saved} />
      {kept && (
        <section class="saved-reflection" aria-labelledby="saved-reflection-title">
          <h3 id="saved-reflection-title">Your reflection today</h3>
          <p>{MOODS.find(([value]) => value === kept.mood)?.[1]}.</p>
          {kept.wentWell && <p>Went well: {kept.wentWell}</p>}
          {kept.hard && <p>Was hard: {kept.hard}</p>}
        </section>
      )}
    </form>
  );
}
