// Where a fact the student sees comes from: when it was read ("as of"), whether an official page confirms it, and
// the pages it was read from (../shared/domain/README.md: "The product must show the user which facts are
// unverified ... never present them as certain"). components/facts/FactSource.tsx shows it beside every fact.
import type { DatedFact } from './deadlines/timing-facts';
import type { ExamProfile } from './profiles/exam-profile';

export interface FactOrigin {
  asOf: string;
  /** false: secondary sources only, or the sources disagree; shown as "not yet confirmed". */
  verified: boolean;
  /** At least one address. */
  sources: readonly string[];
}

export const originOf = (fact: DatedFact): FactOrigin => ({
  asOf: fact.asOf,
  verified: fact.verified,
  sources: [fact.source],
});

/**
 * The attempt rules: usmle.org's attempt limit (4, for applications from 1 July 2021) and ECFMG's timing rules
 * (applications from 1 January 2012), both official pages (../shared/domain/step1-profile.json `attemptPolicy`).
 * null when the profile records no rules (nothing is stated then).
 */
export function attemptRulesOrigin(profile: Pick<ExamProfile, 'asOf' | 'attemptPolicy'>): FactOrigin | null {
  const policy = profile.attemptPolicy;
  if (!policy || policy.sources.length === 0) return null;
  return {
    asOf: `${profile.asOf}: the 4-attempt limit for applications from 2021-07-01, the timing rules from 2012-01-01`,
    verified: true,
    sources: policy.sources,
  };
}

/**
 * What the practice reports give: NBME forms an estimated probability of passing (since about February 2022, Blueprint
 * quoting NBME; NBME's own wording not read) and the Free 120 percent correct only (medschooltutors.com). Both
 * secondary, so not yet confirmed (../shared/domain/README.md section 5; step1-profile.json `selfAssessments`).
 */
export const PRACTICE_REPORTS_ORIGIN: FactOrigin = {
  asOf: 'mid-2026',
  verified: false,
  sources: [
    'https://blog.blueprintprep.com/medical/nbme-step-1-cbse-cbssa-score-report-changes/',
    'https://www.medschooltutors.com/blog/nbme-free-120',
  ],
};
