import { useEffect, useRef, useState } from 'preact/hooks';
import {
  BUDGET_LABELS,
  formatUSD,
  INTERNATIONAL_SURCHARGE,
  MAX_AMOUNT_USD,
  type BudgetRow,
  type BudgetRowId,
  type BudgetSettings,
} from '../../lib/domain/budget';
import { originOf } from '../../lib/domain/fact-origin';
import { FactSource } from '../facts/FactSource';
import { FormStatus } from '../logging/FormStatus';
import { useSubmit } from '../logging/use-submit';
import { checkBudgetDraft, draftFromBudget, liveBudget, type BudgetContext, type BudgetDraft } from './budget-form';
import { rebaseDraft, rebaseNote } from './rebase-draft';
import './budget.css';

export interface BudgetSectionProps {
  initial: BudgetSettings;
  context: BudgetContext;
  onSave: (budget: BudgetSettings) => Promise<void>;
}

const fieldId = (id: BudgetRowId) => `budget-${id}`;

function FactFlag({ row }: { row: BudgetRow }) {
  return (
    <>
      {row.fact && (
        <>
          {' '}
          Read figure: {formatUSD(row.fact.usd)}. <FactSource origin={originOf(row.fact)} about={row.label} />
        </>
      )}
      {row.ruleFact && <FactSource origin={originOf(row.ruleFact)} about={`${row.label} rule`} />}
    </>
  );
}

/** The retake's costs, one editable row each, with the total and what is already paid; the student can hide it. */
export function BudgetSection({ initial, context, onSave }: BudgetSectionProps) {
  const [stored, setStored] = useState(initial);
  const [draft, setDraft] = useState<BudgetDraft>(() => draftFromBudget(initial, context));
  const [problems, setProblems] = useState<{ id: BudgetRowId; message: string }[]>([]);
  const [elsewhere, setElsewhere] = useState('');
  const status = useSubmit('Budget saved.');
  const live = liveBudget(draft, stored, context, BUDGET_LABELS);

  // New settings from elsewhere (another section's save changes the forms or the exam date, another tab saves the
  // budget) reach this same form: rows the student has not touched follow them, what they typed stays.
  const builtKey = JSON.stringify([initial, context]);
  const built = useRef({ key: builtKey, draft: draftFromBudget(initial, context) });
  useEffect(() => {
    if (built.current.key === builtKey) return;
    const after = draftFromBudget(initial, context);
    const rebased = rebaseDraft(draft, built.current.draft, after);
    built.current = { key: builtKey, draft: after };
    setDraft(rebased.draft);
    setStored(initial);
    setElsewhere(rebaseNote(rebased, BUDGET_LABELS));
  }, [builtKey]);

  async function store(next: BudgetSettings) {
    const ok = await status.run(() => onSave(next));
    if (ok) setStored(next);
  }

  if (stored.hidden) {
    return (
      <section class="budget budget-hidden" aria-labelledby="budget-hidden-title">
        <h2 id="budget-hidden-title">Costs</h2>
        <p class="hint">The retake budget is hidden.</p>
        <button type="button" onClick={() => void store({ ...stored, hidden: false })}>
          Show the retake budget
        </button>
        <FormStatus error={status.error} saved="" />
      </section>
    );
  }

  function setAbroad(testsAbroad: boolean) {
    // A surcharge still at its old default follows the new one; a figure the student typed stays theirs.
    const old = draft.testsAbroad ? String(INTERNATIONAL_SURCHARGE.usd) : '0';
    const surcharge =
      draft.amounts.internationalSurcharge === old
        ? testsAbroad
          ? String(INTERNATIONAL_SURCHARGE.usd)
          : '0'
        : draft.amounts.internationalSurcharge;
    setDraft({ ...draft, testsAbroad, amounts: { ...draft.amounts, internationalSurcharge: surcharge } });
  }

  async function submit(event: Event) {
    event.preventDefault();
    const checked = checkBudgetDraft(draft, stored, context, BUDGET_LABELS);
    setProblems(checked.problems);
    if (!checked.budget) {
      document.getElementById(fieldId(checked.problems[0]!.id))?.focus();
      return;
    }
    await store(checked.budget);
  }

  const problemOf = (id: BudgetRowId) => problems.find((p) => p.id === id)?.message;
  return (
    <section class="budget" aria-labelledby="budget-title">
      <h2 id="budget-title">Retake budget</h2>
      <p class="hint">
        What the retake costs, from the figures Retake Coach could read and dated. Change any figure to what you
        actually pay: yours is kept. Nothing is looked up online.
      </p>
      {elsewhere && (
        <p role="status" class="budget-elsewhere">
          {elsewhere}
        </p>
      )}
      <form noValidate onSubmit={submit}>
        <label class="check">
          <input type="checkbox" checked={draft.testsAbroad} onChange={(e) => setAbroad(e.currentTarget.checked)} />I
          test outside the US and Canada
        </label>
        <div class="budget-rows">
          {live.rows.map((row) => {
            const problem = problemOf(row.id);
            return (
              <div class="budget-row" key={row.id}>
                <label for={fieldId(row.id)}>{row.label}</label>
                <span class="budget-amount">
                  $
                  <input
                    id={fieldId(row.id)}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={MAX_AMOUNT_USD}
                    step="0.01"
                    value={draft.amounts[row.id]}
                    aria-invalid={problem ? 'true' : undefined}
                    aria-describedby={`${fieldId(row.id)}-note${problem ? ` ${fieldId(row.id)}-error` : ''}`}
                    onInput={(e) =>
                      setDraft({ ...draft, amounts: { ...draft.amounts, [row.id]: e.currentTarget.value } })
                    }
                  />
                </span>
                <label class="check budget-paid">
                  <input
                    type="checkbox"
                    aria-label={`${row.label} paid`}
                    checked={draft.paid.includes(row.id)}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        paid: e.currentTarget.checked
                          ? [...draft.paid, row.id]
                          : draft.paid.filter((id) => id !== row.id),
                      })
                    }
                  />
                  Paid
                </label>
                <p class="hint budget-note" id={`${fieldId(row.id)}-note`}>
                  {row.overridden && row.fact ? 'Your figure. ' : ''}
                  {row.note}
                  <FactFlag row={row} />
                </p>
                {problem && (
                  <p class="field-error" id={`${fieldId(row.id)}-error`}>
                    {problem}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        <p class="budget-total">
          Total <strong>{formatUSD(live.totalUSD)}</strong>
        </p>
        <p class="budget-split">
          Already paid: <strong>{formatUSD(live.spentUSD)}</strong> · Still ahead:{' '}
          <strong>{formatUSD(live.aheadUSD)}</strong>
        </p>
        <div class="submit-row">
          <button type="submit" class="primary" disabled={status.busy}>
            Save budget
          </button>
          <button type="button" disabled={status.busy} onClick={() => void store({ ...stored, hidden: true })}>
            Hide the budget
          </button>
        </div>
        <FormStatus error={status.error} saved={status.saved} />
      </form>
    </section>
  );
}
