export {
  BUDGET_LABELS,
  budgetRows,
  type Budget,
  type BudgetData,
  type BudgetInput,
  type BudgetRow,
} from './budget-rows';
export { BUDGET_ROW_IDS, defaultBudgetSettings, type BudgetRowId, type BudgetSettings } from './budget-settings';
export {
  EXAM_FEE,
  EXTENSION_FEE,
  FREE_120,
  INTERNATIONAL_SURCHARGE,
  MAX_AMOUNT_USD,
  NBME_FORM,
  type CostFact,
} from './cost-facts';
export { formatUSD } from './format-usd';
export { parseAmount, type ParsedAmount } from './parse-amount';
