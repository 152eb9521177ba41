import type { DayKey } from '../../lib/domain/day';
import type { SelfAssessment } from '../../lib/domain/profiles';
import { described, FieldMessage, type ProblemOf } from './field-message';
import type { PlanDraft } from './plan-draft';

export interface PracticeFieldsetProps {
  draft: PlanDraft;
  forms: readonly SelfAssessment[];
  update: (patch: Partial<PlanDraft>) => void;
  problemOf: ProblemOf;
  /** Forms already logged, with the day: listed as taken, not offered again. */
  taken?: readonly { formId: string; day: DayKey }[];
}

/**
 * The question bank's questions left and the practice forms in their three states: ticked (you have it and have not
 * taken it), unticked (you don't have it), and taken (logged; listed with its date, never planned again).
 */
export function PracticeFieldset({ draft, forms, update, problemOf, taken = [] }: PracticeFieldsetProps) {
  const takenOn = new Map(taken.map((t) => [t.formId, t.day]));
  const open = forms.filter((f) => !takenOn.has(f.id));
  const done = forms.filter((f) => takenOn.has(f.id));
  const toggle = (id: string, on: boolean) =>
    update({ practiceFormIds: on ? [...draft.practiceFormIds, id] : draft.practiceFormIds.filter((x) => x !== id) });
  return (
    <section class="onboarding-section" aria-labelledby="practice-heading">
      <h2 id="practice-heading">Questions and practice exams</h2>
      <div class="field">
        <label for="question-bank">Question bank questions left</label>
        <input
          id="question-bank"
          type="number"
          inputMode="numeric"
          min={0}
          max={20000}
          step={1}
          value={draft.questionBankLeft}
          onInput={(e) => update({ questionBankLeft: e.currentTarget.value })}
          {...described('question-bank', problemOf, 'question-bank-hint')}
        />
        <p class="hint" id="question-bank-hint">
          Unused questions in your bank (UWorld, AMBOSS, ...); 0 if none. The plan never asks for more.
        </p>
        <FieldMessage field="question-bank" problemOf={problemOf} />
      </div>
      {/* A fieldset named by its legend: reachable as the group "Practice exams available" and by that label. */}
      <fieldset
        id="practice-exams"
        class="practice-exams"
        tabIndex={-1}
        aria-labelledby="practice-exams-legend"
        {...described('practice-exams', problemOf)}
      >
        <legend id="practice-exams-legend">Practice exams available</legend>
        <p class="hint">
          Tick the ones you have and have not taken yet; leave unticked the ones you don't have. The plan spaces them
          out, the last about a week before the exam.
        </p>
        {forms.length === 0 ? (
          <p class="hint">No practice exams are recorded for this exam.</p>
        ) : (
          <div class="form-grid">
            {open.map((f) => (
              <label key={f.id} class="check">
                <input
                  type="checkbox"
                  checked={draft.practiceFormIds.includes(f.id)}
                  onChange={(e) => toggle(f.id, e.currentTarget.checked)}
                />
                {f.name}
              </label>
            ))}
          </div>
        )}
        {done.length > 0 && (
          <p class="hint">
            Already taken (from your logs, not planned again):{' '}
            {done.map((f) => `${f.name} on ${takenOn.get(f.id)}`).join('; ')}.
          </p>
        )}
        <FieldMessage field="practice-exams" problemOf={problemOf} />
      </fieldset>
    </section>
  );
}
