// The retake budget's settings: read with what its defaults depend on (the exam date, the eligibility end, the
// practice forms in the plan), and saved alone, in one transaction, leaving the plan as it is.
import { readTransaction } from '../db/transaction';
import { BUDGET_ROW_IDS, MAX_AMOUNT_USD, type BudgetData, type BudgetSettings } from '../domain/budget';
import { planDayAt } from '../domain/day';
import { profileOf } from '../domain/profiles';
import { commit } from './commit';
import type { ServiceContext } from './context';
import { LogInputError } from './log-input-error';

export async function readBudget(ctx: ServiceContext): Promise<BudgetData> {
  const settings = await readTransaction(ctx.db, ['settings'], ({ settings }) => settings.read());
  const forms = profileOf(settings).selfAssessments.filter((f) => settings.practiceFormIds.includes(f.id));
  return {
    budget: settings.budget,
    examDate: settings.examDate,
    eligibilityEnd: settings.eligibilityEnd,
    practiceForms: forms,
    today: planDayAt(ctx.now(), settings.dayStartHour),
  };
}

/** The form checks each figure first (lib/domain/budget/parse-amount.ts); this refuses whatever reaches it unchecked. */
function checkBudget(budget: BudgetSettings): void {
  for (const [id, usd] of Object.entries(budget.amounts)) {
    if (!BUDGET_ROW_IDS.includes(id as (typeof BUDGET_ROW_IDS)[number]))
      throw new LogInputError(id, `${id} is not a row of the budget.`);
    if (typeof usd !== 'number' || !Number.isFinite(usd) || usd < 0 || usd > MAX_AMOUNT_USD)
      throw new LogInputError(id, `A budget figure must be an amount from $0 to $${MAX_AMOUNT_USD}.`);
  }
}

export async function saveBudget(ctx: ServiceContext, budget: BudgetSettings): Promise<void> {
  checkBudget(budget);
  await commit(ctx, ['settings'], ({ settings }) => settings.update(() => ({ budget: structuredClone(budget) })));
}
