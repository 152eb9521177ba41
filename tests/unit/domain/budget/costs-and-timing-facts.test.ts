// The costs and dates the coach shows must say what the sourced research says (../shared/domain/
// step1-costs-and-timing.json, copied into tests/fixtures/domain so this runs on any clone; the last test re-checks
// the copy when shared/ is beside us).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAM_FEE, EXTENSION_FEE, FREE_120, INTERNATIONAL_SURCHARGE, NBME_FORM } from '../../../../lib/domain/budget';
import { ELIGIBILITY_EXTENSION, FREE_RESCHEDULE, RESULT_WEEKS } from '../../../../lib/domain/deadlines';
import { defaultSettings } from '../../../../lib/domain/settings';

const fixture = resolve(__dirname, '../../../fixtures/domain/step1-costs-and-timing.json');
interface Suggested {
  value: unknown;
  verified: boolean;
  asOf?: string;
}
const research = JSON.parse(readFileSync(fixture, 'utf8')) as {
  suggestedDefaults: Record<string, Suggested>;
  facts: { id: string; source: string }[];
};
const d = research.suggestedDefaults;
const sourceOf = (factId: string) => research.facts.find((f) => f.id === factId)?.source;

describe('the costs and timing the coach shows', () => {
  it.each([
    ['exam fee', EXAM_FEE, 'examFeeUSD', 'exam-fee-1'],
    [
      'international surcharge',
      INTERNATIONAL_SURCHARGE,
      'internationalTestDeliverySurchargeUSD',
      'international-surcharge-1',
    ],
    ['NBME self-assessment', NBME_FORM, 'selfAssessmentUSD', 'practice-material-price-1'],
    ['Free 120', FREE_120, 'free120USD', 'practice-material-price-4'],
  ] as const)('take the %s from the research, with its flag and source', (_name, fact, key, factId) => {
    expect(fact.usd).toBe(d[key]!.value);
    expect(fact.verified).toBe(d[key]!.verified);
    if (d[key]!.asOf && d[key]!.asOf !== 'undated') expect(fact.asOf).toBe(d[key]!.asOf);
    expect(fact.source).toBe(sourceOf(factId));
  });

  it('take the extension, the free change and the results allowance from the research', () => {
    const ext = d.eligibilityExtension!.value as { months: number; feeUSD: number };
    expect([ELIGIBILITY_EXTENSION.months, ELIGIBILITY_EXTENSION.feeUSD, EXTENSION_FEE.usd]).toEqual([
      ext.months,
      ext.feeUSD,
      ext.feeUSD,
    ]);
    expect(FREE_RESCHEDULE.daysBefore).toBe((d.rescheduleFee!.value as { freeIfDaysBefore: number }).freeIfDaysBefore);
    expect(RESULT_WEEKS).toMatchObject(d.resultWeeks!.value as object);
    expect(defaultSettings.resultWeeks).toBe(RESULT_WEEKS.planFor);
    for (const flagged of [ELIGIBILITY_EXTENSION, FREE_RESCHEDULE, RESULT_WEEKS]) expect(flagged.verified).toBe(false);
  });

  it('match ../shared/domain when it is beside the repository', () => {
    const shared = resolve(__dirname, '../../../../../shared/domain/step1-costs-and-timing.json');
    if (!existsSync(shared)) return;
    expect(JSON.parse(readFileSync(shared, 'utf8'))).toEqual(JSON.parse(readFileSync(fixture, 'utf8')));
  });
});
