// What the Retake budget form holds while the student types (amounts as typed, so a half-typed figure is kept and
// checked on save), and the settings it saves: only figures that differ from their default, or that the student
// had already made their own, are kept as theirs. Tested without a DOM.
import {
  BUDGET_ROW_IDS,
  budgetRows,
  parseAmount,
  type Budget,
  type BudgetInput,
  type BudgetRowId,
  type BudgetSettings,
} from '../../lib/domain/budget';

export interface BudgetDraft {
  amounts: Record<BudgetRowId, string>;
  paid: BudgetRowId[];
  testsAbroad: boolean;
}

export type BudgetContext = Omit<BudgetInput, 'budget'>;

export function draftFromBudget(budget: BudgetSettings, context: BudgetContext): BudgetDraft {
  const rows = budgetRows({ ...context, budget }).rows;
  const amounts = Object.fromEntries(rows.map((r) => [r.id, String(r.amountUSD)])) as Record<BudgetRowId, string>;
  return { amounts, paid: [...budget.paid], testsAbroad: budget.testsAbroad };
}

export type BudgetCheck = { problems: { id: BudgetRowId; message: string }[]; budget?: BudgetSettings };

/**
 * The student's own figures in the draft: a figure that reads and differs from its default, or one they had already
 * made their own; an emptied field goes back to the default. Rows that do not read are reported and keep what is stored.
 */
function ownAmounts(
  draft: BudgetDraft,
  stored: BudgetSettings,
  context: BudgetContext,
  labels: Record<BudgetRowId, string>,
) {
  // Defaults as they stand with the draft's own choices (testing abroad changes the surcharge's default).
  const defaults = budgetRows({ ...context, budget: { ...stored, testsAbroad: draft.testsAbroad, amounts: {} } }).rows;
  const problems: BudgetCheck['problems'] = [];
  const amounts: BudgetSettings['amounts'] = {};
  for (const id of BUDGET_ROW_IDS) {
    const parsed = parseAmount(draft.amounts[id], labels[id]);
    if (!parsed.ok) {
      problems.push({ id, message: parsed.message });
      if (stored.amounts[id] !== undefined) amounts[id] = stored.amounts[id];
      continue;
    }
    const fallback = defaults.find((r) => r.id === id)?.defaultUSD;
    if (parsed.usd !== null && (parsed.usd !== fallback || stored.amounts[id] !== undefined)) amounts[id] = parsed.usd;
  }
  return { amounts, problems };
}

/** The settings to store from the draft, or the rows whose figure does not read. */
export function checkBudgetDraft(
  draft: BudgetDraft,
  stored: BudgetSettings,
  context: BudgetContext,
  labels: Record<BudgetRowId, string>,
): BudgetCheck {
  const { amounts, problems } = ownAmounts(draft, stored, context, labels);
  if (problems.length > 0) return { problems };
  return {
    problems,
    budget: {
      ...stored,
      testsAbroad: draft.testsAbroad,
      amounts,
      paid: BUDGET_ROW_IDS.filter((id) => draft.paid.includes(id)),
    },
  };
}

/** The budget as the form shows it while typing: each row's typed figure where it reads, else its stored one. */
export function liveBudget(
  draft: BudgetDraft,
  stored: BudgetSettings,
  context: BudgetContext,
  labels: Record<BudgetRowId, string>,
): Budget {
  const { amounts } = ownAmounts(draft, stored, context, labels);
  return budgetRows({ ...context, budget: { ...stored, testsAbroad: draft.testsAbroad, amounts, paid: draft.paid } });
}
