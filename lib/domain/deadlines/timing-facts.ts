// The dates that decide when a retaker can sit, from ../shared/domain/step1-costs-and-timing.json (read 2026-12-02,
// `suggestedDefaults`). Each figure keeps its "as of", whether it is verified and its source, because the student
// sees them: a pattern from past years must never read as a promise. tests/unit/domain/deadlines/timing-facts.test.ts
// pins every value to a copy of that file.

export interface DatedFact {
  /** What the source says the figure applies to, in the source's words. */
  asOf: string;
  verified: boolean;
  /** The page the figure was read from. */
  source: string;
}

/**
 * Weeks to allow for a result. Official: "Most score reporting of Step 1 results occurs within four weeks of
 * testing" (usmle.org, 2019 notice, score-release-1); a school page says up to 6 (score-release-5); prep companies
 * say plan for up to 8 (score-release-6, -7). The planning default is 6, which the student can change.
 */
export const RESULT_WEEKS = {
  typical: 4,
  planFor: 6,
  asOf: 'notice posted 2019-01-18 (4 weeks); undated school page (up to 6)',
  verified: false,
  source: 'https://usmle.org/',
} as const satisfies DatedFact & { typical: number; planFor: number };

/** The range the settings accept: a week is the least any source gives, 16 is twice the longest allowance read. */
export const RESULT_WEEKS_RANGE = { min: 1, max: 16 } as const;

/**
 * No testing in the first two weeks of January (and on major US holidays, which vary and are not encoded):
 * "Year-round, except during the first two weeks of January and on major U.S. holidays" (FSMB USMLE FAQ,
 * test-availability-2; official for Step 3, for Step 1 from a forum quoting usmle.org, test-availability-1).
 */
export const NO_TESTING = {
  fromMonthDay: '01-01',
  toMonthDay: '01-14',
  asOf: '2025-era FSMB FAQ',
  verified: false,
  source: 'https://fsmb01mstr63nn9inte.dxcloud.episerver.net/usmle/step-3-faq',
} as const satisfies DatedFact & { fromMonthDay: string; toMonthDay: string };

/**
 * The yearly delay: results for tests from early May to mid-June came on a set Wednesday in the second week of July
 * (10 July 2019, 8 July 2020; score-release-2, -3; a school page says "always", score-release-5). None was read for
 * 2024-2026, so it is a pattern, not a promise. The end of July's second week (the 14th) is taken as the latest
 * such release, so that a plan built on it is never short.
 */
export const SLOW_RESULTS = {
  fromMonthDay: '05-01',
  toMonthDay: '06-15',
  resultsByMonthDay: '07-14',
  asOf: 'announced for 2012, 2019 and 2020; none read for 2024-2026',
  verified: false,
  source: 'https://www.ecfmg.org/news/author/tfarnell/',
} as const satisfies DatedFact & { fromMonthDay: string; toMonthDay: string; resultsByMonthDay: string };

/**
 * Rescheduling: "No fee is charged for changing testing appointments 46 or more days prior to the first day of the
 * scheduled test" (reschedule-fee-2); FSMB: a Prometric fee "if your appointment is 45 or fewer days away"
 * (reschedule-fee-1). The fee's amount since 2022 was not read: the student enters it.
 */
export const FREE_RESCHEDULE = {
  daysBefore: 46,
  asOf: '2025-era FSMB page',
  verified: false,
  source: 'https://fsmb01mstr63nn9inte.dxcloud.episerver.net/usmle/step-3-eligibility-extension',
} as const satisfies DatedFact & { daysBefore: number };

/**
 * The eligibility period is three calendar months (eligibility-period-1, -2, verified). One contiguous 3-month
 * extension per registration, asked for after the period has begun (eligibility-extension-1) and received "no later
 * than 25 days after the end of your original eligibility period", for a $70 fee (FSMB, eligibility-extension-3;
 * ECFMG charged $90 in 2021; NBME's fee was not read). A period that runs out untested means a new application and
 * the full fee (eligibility-period-3, -4; no-show-2).
 */
export const ELIGIBILITY_EXTENSION = {
  months: 3,
  feeUSD: 70,
  requestWithinDaysAfterEnd: 25,
  asOf: '2025-era FSMB page (ECFMG: $90 in 2021; NBME fee not read)',
  verified: false,
  source: 'https://fsmb01mstr63nn9inte.dxcloud.episerver.net/usmle/step-3-eligibility-extension',
} as const satisfies DatedFact & { months: number; feeUSD: number; requestWithinDaysAfterEnd: number };
