// What the settings keep for the retake budget: only the student's own figures and choices; every default is
// computed afresh (budget-rows.ts), so a default that changes with the plan (the practice exams) follows it.
import { defaultSettings } from '../settings';

export const BUDGET_ROW_IDS = [
  'examFee',
  'internationalSurcharge',
  'eligibilityExtension',
  'rescheduling',
  'practiceExams',
  'questionBank',
  'tutoring',
] as const;
export type BudgetRowId = (typeof BUDGET_ROW_IDS)[number];

export interface BudgetSettings {
  /** The student chose not to see the budget. */
  hidden: boolean;
  /** The student tests outside the US and Canada: the international surcharge applies. */
  testsAbroad: boolean;
  /** The student's own figure per row, in dollars; a row missing here uses its default. */
  amounts: Partial<Record<BudgetRowId, number>>;
  /** Rows already paid. */
  paid: BudgetRowId[];
}

export const defaultBudgetSettings = (): BudgetSettings => structuredClone(defaultSettings.budget);
