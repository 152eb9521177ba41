import { useState } from 'preact/hooks';
import { dayLabelWithYear } from '../../lib/domain/format/day-words';
import type { DayKey } from '../../lib/domain/day';
import type { SelfAssessment } from '../../lib/domain/profiles';
import {
  CUSTOM_FORM_KIND_NAMES,
  CUSTOM_FORM_KINDS,
  CUSTOM_FORM_LIMITS,
  customFormId,
  customFormProblem,
  type CustomFormKind,
} from '../../lib/domain/profiles/custom-forms';
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
  const customIds = new Set(draft.customForms.map((f) => f.id));
  // A form already logged stays: its results keep their name.
  const removable = open.filter((f) => customIds.has(f.id));
  const remove = (id: string) =>
    update({
      customForms: draft.customForms.filter((f) => f.id !== id),
      practiceFormIds: draft.practiceFormIds.filter((x) => x !== id),
    });
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
                {customIds.has(f.id) && ` (${formatMinutes(f.sittingMinutes)}, added by you)`}
              </label>
            ))}
          </div>
        )}
        {removable.length > 0 && (
          <ul class="custom-forms" aria-label="Practice exams you added">
            {removable.map((f) => (
              <li key={f.id}>
                <button type="button" onClick={() => remove(f.id)}>
                  Remove {f.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        <AddCustomForm draft={draft} update={update} />
        {done.length > 0 && (
          <p class="hint">
            Already taken (from your logs, not planned again):{' '}
            {done.map((f) => `${f.name} on ${dayLabelWithYear(takenOn.get(f.id)!)}`).join('; ')}.
          </p>
        )}
        <FieldMessage field="practice-exams" problemOf={problemOf} />
      </fieldset>
    </section>
  );
}

const formatMinutes = (minutes: number): string => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
};

const wholeOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/**
 * A practice exam the profile does not list (NBME 32 and later, a school's CBSSA or CBSE, UWSA3, AMBOSS): its name,
 * its kind (results are compared only with forms of the same kind) and its length, so that the plan gives it a day
 * long enough, or two sittings. Added ticked. Not a nested form: Enter in its fields adds the form rather than
 * moving to the next step.
 */
function AddCustomForm({ draft, update }: { draft: PlanDraft; update: (patch: Partial<PlanDraft>) => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CustomFormKind>('nbme');
  const [minutes, setMinutes] = useState('');
  const [questions, setQuestions] = useState('');
  const [problem, setProblem] = useState('');
  const [added, setAdded] = useState('');
  const add = () => {
    const entry = { name, minutes: wholeOrNull(minutes), questions: wholeOrNull(questions) };
    const found = customFormProblem(entry, draft.customForms);
    setProblem(found ?? '');
    if (found) {
      setAdded('');
      return;
    }
    const id = customFormId(kind, draft.customForms);
    const form = { id, kind, name: name.trim(), minutes: entry.minutes!, questions: entry.questions };
    update({ customForms: [...draft.customForms, form], practiceFormIds: [...draft.practiceFormIds, id] });
    setAdded(`${form.name} is added and ticked.`);
    setName('');
    setMinutes('');
    setQuestions('');
  };
  const onEnter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    add();
  };
  return (
    <div class="add-custom-form" role="group" aria-labelledby="add-form-title">
      <h3 id="add-form-title">Add a practice exam that is not listed</h3>
      <p class="hint" id="add-form-hint">
        NBME Form 32 and later, your school's CBSSA or CBSE, UWSA3, AMBOSS: give its name and how long the whole sitting
        takes with breaks. The plan puts it on a day long enough, or over two days in a row.
      </p>
      <div class="form-grid">
        <div class="field">
          <label for="custom-form-name">Name of the practice exam</label>
          <input
            id="custom-form-name"
            type="text"
            maxLength={CUSTOM_FORM_LIMITS.name}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            onKeyDown={onEnter}
            aria-describedby="add-form-hint"
          />
        </div>
        <div class="field">
          <label for="custom-form-kind">Kind</label>
          <select id="custom-form-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as CustomFormKind)}>
            {CUSTOM_FORM_KINDS.map((k) => (
              <option key={k} value={k}>
                {CUSTOM_FORM_KIND_NAMES[k].label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="custom-form-minutes">Sitting time in minutes</label>
          <input
            id="custom-form-minutes"
            type="number"
            inputMode="numeric"
            min={CUSTOM_FORM_LIMITS.minMinutes}
            max={CUSTOM_FORM_LIMITS.maxMinutes}
            step={5}
            value={minutes}
            onInput={(e) => setMinutes(e.currentTarget.value)}
            onKeyDown={onEnter}
          />
        </div>
        <div class="field">
          <label for="custom-form-questions">Questions (if you know)</label>
          <input
            id="custom-form-questions"
            type="number"
            inputMode="numeric"
            min={1}
            max={CUSTOM_FORM_LIMITS.maxQuestions}
            step={1}
            value={questions}
            onInput={(e) => setQuestions(e.currentTarget.value)}
            onKeyDown={onEnter}
          />
        </div>
      </div>
      <button type="button" onClick={add}>
        Add this practice exam
      </button>
      <p role="status" class="hint">
        {added}
      </p>
      {problem && (
        <p class="field-error" id="custom-form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
