// The retake budget: one row per cost with its default (cost-facts.ts), the student's figure winning over it, and
// the total, what is spent and what is still ahead. Pure: the exam date and today are arguments.
import type { DayKey } from '../day';
import { freeRescheduleUntil } from '../deadlines/later-date-cost';
import { FREE_RESCHEDULE, type DatedFact } from '../deadlines/timing-facts';
import type { SelfAssessment } from '../profiles';
import { BUDGET_ROW_IDS, type BudgetRowId, type BudgetSettings } from './budget-settings';
import { EXAM_FEE, EXTENSION_FEE, FREE_120, INTERNATIONAL_SURCHARGE, NBME_FORM, type CostFact } from './cost-facts';
import { formatUSD } from './format-usd';

export interface BudgetInput {
  budget: BudgetSettings;
  /** The self-assessments in the plan. */
  practiceForms: readonly Pick<SelfAssessment, 'name' | 'provider'>[];
  examDate: DayKey | '';
  eligibilityEnd: DayKey | '';
  today: DayKey;
}

/** What the budget section reads (lib/services/budget.ts) and shows (components/settings/BudgetPanel.tsx): the
 * input, with the plan's practice forms whole. */
export type BudgetData = Omit<BudgetInput, 'practiceForms'> & { practiceForms: SelfAssessment[] };

export interface BudgetRow {
  id: BudgetRowId;
  /** The row's name, also its field's accessible name (../shared/DESIGN.md, "Deadline and budget"). */
  label: string;
  defaultUSD: number;
  /** The figure in the field: the student's own, else the default. */
  amountUSD: number;
  overridden: boolean;
  /** What the total counts: the amount, except Rescheduling, which counts once a change is no longer free (or paid). */
  countedUSD: number;
  paid: boolean;
  /** The sourced fact behind the default, shown with its date and flag; absent where the student fills it in. */
  fact?: CostFact;
  /** The sourced rule the note states (Rescheduling: free 46 or more days before), shown with its date and flag. */
  ruleFact?: DatedFact;
  note: string;
}

export interface Budget {
  rows: BudgetRow[];
  totalUSD: number;
  spentUSD: number;
  aheadUSD: number;
}

export const BUDGET_LABELS: Record<BudgetRowId, string> = {
  examFee: 'Exam fee',
  internationalSurcharge: 'International surcharge',
  eligibilityExtension: 'Eligibility extension',
  rescheduling: 'Rescheduling',
  practiceExams: 'Practice exams',
  questionBank: 'Question bank',
  tutoring: 'Tutoring',
};

interface RowDefault {
  usd: number;
  fact?: CostFact;
  ruleFact?: DatedFact;
  note: string;
}

function practiceExams(forms: BudgetInput['practiceForms']): RowDefault {
  const nbme = forms.filter((f) => f.provider === 'NBME').length;
  const unpriced = forms.filter((f) => f.provider !== 'NBME' && f.provider !== 'USMLE').map((f) => f.name);
  const parts = [
    `${nbme} NBME ${nbme === 1 ? 'form' : 'forms'} in your plan × ${formatUSD(NBME_FORM.usd)}; the Free 120 is free.`,
  ];
  if (unpriced.length > 0) parts.push(`No price was read for ${unpriced.join(', ')}: add it to your figure.`);
  return { usd: nbme * NBME_FORM.usd + FREE_120.usd, fact: NBME_FORM, note: parts.join(' ') };
}

function rescheduling(input: BudgetInput): RowDefault {
  const ask = 'Its amount is not confirmed here: enter what Prometric quotes.';
  if (input.examDate === '')
    return {
      usd: 0,
      ruleFact: FREE_RESCHEDULE,
      note: `Free ${FREE_RESCHEDULE.daysBefore} or more days before the test; then Prometric charges a change fee. ${ask}`,
    };
  const freeUntil = freeRescheduleUntil(input.examDate);
  return input.today <= freeUntil
    ? {
        usd: 0,
        ruleFact: FREE_RESCHEDULE,
        note: `Free until ${freeUntil}, ${FREE_RESCHEDULE.daysBefore} days before your exam; counted only after that. ${ask}`,
      }
    : {
        usd: 0,
        ruleFact: FREE_RESCHEDULE,
        note: `The free change ended on ${freeUntil}: a change now costs Prometric's fee. ${ask}`,
      };
}

function defaults(input: BudgetInput): Record<BudgetRowId, RowDefault> {
  const outside = input.examDate !== '' && input.eligibilityEnd !== '' && input.examDate > input.eligibilityEnd;
  return {
    examFee: {
      usd: EXAM_FEE.usd,
      fact: EXAM_FEE,
      note: 'A retake is a new application with the full fee; fees are not refunded.',
    },
    internationalSurcharge: input.budget.testsAbroad
      ? {
          usd: INTERNATIONAL_SURCHARGE.usd,
          fact: INTERNATIONAL_SURCHARGE,
          note: 'For testing outside the US and Canada.',
        }
      : { usd: 0, note: 'Off: only for testing outside the US and Canada.' },
    eligibilityExtension: outside
      ? {
          usd: EXTENSION_FEE.usd,
          fact: EXTENSION_FEE,
          note: 'Your exam date is after your eligibility period ends: the one-time extension.',
        }
      : { usd: 0, fact: EXTENSION_FEE, note: 'Only if your exam date falls after your eligibility period ends.' },
    rescheduling: rescheduling(input),
    practiceExams: practiceExams(input.practiceForms),
    questionBank: { usd: 0, note: 'No price was read for any question bank: enter what yours costs.' },
    tutoring: { usd: 0, note: 'Enter what you pay, if anyone tutors you.' },
  };
}

export function budgetRows(input: BudgetInput): Budget {
  const base = defaults(input);
  const pastFreeChange = input.examDate !== '' && input.today > freeRescheduleUntil(input.examDate);
  const rows = BUDGET_ROW_IDS.map((id): BudgetRow => {
    const own = input.budget.amounts[id];
    const amountUSD = own ?? base[id].usd;
    const paid = input.budget.paid.includes(id);
    const counts = id !== 'rescheduling' || paid || pastFreeChange;
    return {
      id,
      label: BUDGET_LABELS[id],
      defaultUSD: base[id].usd,
      amountUSD,
      overridden: own !== undefined,
      countedUSD: counts ? amountUSD : 0,
      paid,
      fact: base[id].fact,
      ...(base[id].ruleFact ? { ruleFact: base[id].ruleFact } : {}),
      note: base[id].note,
    };
  });
  const totalUSD = cents(rows.reduce((sum, r) => sum + r.countedUSD, 0));
  const spentUSD = cents(rows.filter((r) => r.paid).reduce((sum, r) => sum + r.countedUSD, 0));
  return { rows, totalUSD, spentUSD, aheadUSD: cents(totalUSD - spentUSD) };
}

/** Sums of dollar amounts with cents, without float dust (0.1 + 0.2). */
const cents = (usd: number): number => Math.round(usd * 100) / 100;
