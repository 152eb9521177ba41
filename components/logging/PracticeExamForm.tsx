import { useEffect, useState } from 'preact/hooks';
import type { DayKey } from '../../lib/domain/day';
import type { PracticeExamEntry } from '../../lib/domain/types';
import type { SelfAssessment } from '../../lib/domain/profiles';
import { FormStatus } from './FormStatus';
import { useSubmit } from './use-submit';
import './logging.css';

export interface PracticeExamFormProps {
  forms: readonly SelfAssessment[];
  /** Forms the student has and has not taken yet: first in the list. */
  unusedFormIds: readonly string[];
  /** Forms already logged: last, marked "taken". The rest are forms the student did not list as theirs. */
  takenFormIds?: readonly string[];
  today: DayKey;
  onSubmit: (values: PracticeExamEntry) => Promise<void>;
}

const percent = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** Log a practice exam: the form, the date, the (equated) percent correct and, where given, the pass estimate. */
/** A form's state, as the list says it: have (not taken), don't have, taken; sorted in that order. */
function formState(id: string, unused: readonly string[], taken: readonly string[]): 0 | 1 | 2 {
  if (taken.includes(id)) return 2;
  return unused.includes(id) ? 0 : 1;
}
const STATE_SUFFIX = ['', ' (not in your list)', ' (taken)'];

export function PracticeExamForm({ forms, unusedFormIds, takenFormIds = [], today, onSubmit }: PracticeExamFormProps) {
  const stateOf = (id: string) => formState(id, unusedFormIds, takenFormIds);
  const ordered = [...forms].sort((a, b) => stateOf(a.id) - stateOf(b.id));
  const [formId, setFormId] = useState(ordered[0]?.id ?? '');
  const [day, setDay] = useState(today);
  const [score, setScore] = useState('');
  const [probability, setProbability] = useState('');
  const status = useSubmit('Practice exam logged. Whatever the number, it tells you where to aim next.');
  const form = forms.find((f) => f.id === formId);
  // Once a form is logged it is no longer unused: offer the next unused one.
  useEffect(() => setFormId(ordered[0]?.id ?? ''), [unusedFormIds.join(), takenFormIds.join()]);

  async function submit(event: Event) {
    event.preventDefault();
    const percentCorrect = percent(score);
    if (!(percentCorrect >= 0 && percentCorrect <= 100))
      return status.setError('Enter the percent correct, from 0 to 100.');
    const pass = form?.reportsPassProbability && probability.trim() !== '' ? percent(probability) : undefined;
    if (pass !== undefined && !(pass >= 0 && pass <= 100))
      return status.setError('Enter the probability of passing, from 0 to 100.');
    if (await status.run(() => onSubmit({ formId, day, percentCorrect, passProbability: pass }))) {
      setScore('');
      setProbability('');
    }
  }

  return (
    <form class="log-form" noValidate aria-label="Log a practice exam" onSubmit={submit}>
      <label>
        Practice exam
        <select value={formId} onChange={(e) => setFormId(e.currentTarget.value)}>
          {ordered.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name + STATE_SUFFIX[stateOf(f.id)]}
            </option>
          ))}
        </select>
      </label>
      <div class="log-row">
        <label>
          Date taken
          <input type="date" max={today} value={day} onInput={(e) => setDay(e.currentTarget.value)} />
        </label>
        <label>
          {form?.provider === 'NBME' ? 'Equated percent correct' : 'Percent correct'}
          <input
            type="number"
            min={0}
            max={100}
            step="any"
            inputMode="decimal"
            value={score}
            onInput={(e) => setScore(e.currentTarget.value)}
          />
        </label>
        {form?.reportsPassProbability && (
          <label>
            Estimated probability of passing (%)
            <input
              type="number"
              min={0}
              max={100}
              step="any"
              inputMode="decimal"
              value={probability}
              onInput={(e) => setProbability(e.currentTarget.value)}
            />
          </label>
        )}
      </div>
      <button type="submit" class="primary" disabled={status.busy}>
        Log practice exam
      </button>
      <FormStatus error={status.error} saved={status.saved} />
    </form>
  );
}
