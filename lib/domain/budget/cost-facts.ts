// The retake's costs, from ../shared/domain/step1-costs-and-timing.json (read 2026-12-02, `suggestedDefaults`).
// None of the amounts is verified for 2026: the page shows each with its "as of" and a "not yet confirmed" flag,
// and the student's own figure always wins. tests/unit/domain/budget/cost-facts.test.ts pins them to that file.
import type { DatedFact } from '../deadlines/timing-facts';

export interface CostFact extends DatedFact {
  usd: number;
}

/**
 * "2025 Fees ... Step 1: $680 USD | Three-month eligibility periods that end in 2025" (FSMB USMLE FAQ, exam-fee-1).
 * A retake is a new application with the full fee (retake-1); fees are not refunded or moved (exam-fee-8).
 */
export const EXAM_FEE: CostFact = {
  usd: 680,
  asOf: 'eligibility periods ending in 2025',
  verified: false,
  source: 'https://fsmb01mstr63nn9inte.dxcloud.episerver.net/usmle/step-3-faq',
};

/** International test delivery surcharge, testing outside the US and Canada; secondary only (international-surcharge-1). */
export const INTERNATIONAL_SURCHARGE: CostFact = {
  usd: 195,
  asOf: 'undated prep-company page',
  verified: false,
  source: 'https://achievable.me/exams/usmle-step-1/overview/?utm_source=blog&a_aid=blog',
};

/** The one-time eligibility extension: FSMB's $70 processing fee (eligibility-extension-3; ECFMG $90 in 2021). */
export const EXTENSION_FEE: CostFact = {
  usd: 70,
  asOf: '2025-era FSMB page',
  verified: false,
  source: 'https://fsmb01mstr63nn9inte.dxcloud.episerver.net/usmle/step-3-eligibility-extension',
};

/** An NBME self-assessment: "$60.00" (NBME FAQ updated 2018-12-11, practice-material-price-1). One purchase, one take. */
export const NBME_FORM: CostFact = {
  usd: 60,
  asOf: '2018-12-11',
  verified: false,
  source: 'https://nbme.org/Students/sas/faq.html',
};

/** The Free 120 is a free download on usmle.org (practice-material-price-3, -4; the price is from a secondary page). */
export const FREE_120: CostFact = {
  usd: 0,
  asOf: 'undated',
  verified: false,
  source: 'https://www.usmle.org/bulletin/test-preparation/',
};

/** The absurd-amount bound: no single retake cost comes near it, so a bigger number is a typo. */
export const MAX_AMOUNT_USD = 100_000;
