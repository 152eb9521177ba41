import { describe, expect, it } from 'vitest';
import { budgetRows, defaultBudgetSettings, formatUSD, type BudgetInput } from '../../../../lib/domain/budget';
import { step1Profile } from '../../../../lib/domain/profiles/step1';

const forms = (...ids: string[]) => step1Profile.selfAssessments.filter((f) => ids.includes(f.id));
const input = (fields: Partial<BudgetInput> = {}): BudgetInput => ({
  budget: defaultBudgetSettings(),
  practiceForms: forms('nbme-29', 'nbme-30', 'free-120'),
  examDate: '2027-03-10',
  eligibilityEnd: '',
  today: '2026-12-02',
  ...fields,
});
const row = (b: ReturnType<typeof budgetRows>, id: string) => b.rows.find((r) => r.id === id)!;

describe('the retake budget', () => {
  it('has one row per cost with the sourced defaults, flagged, and their sum', () => {
    const b = budgetRows(input());
    expect(b.rows.map((r) => [r.label, r.amountUSD])).toEqual([
      ['Exam fee', 680],
      ['International surcharge', 0],
      ['Eligibility extension', 0],
      ['Rescheduling', 0],
      ['Practice exams', 120],
      ['Question bank', 0],
      ['Tutoring', 0],
    ]);
    expect(row(b, 'examFee').fact).toMatchObject({
      asOf: 'eligibility periods ending in 2025',
      verified: false,
      source: expect.stringMatching(/^https:/),
    });
    expect(row(b, 'practiceExams').note).toBe('2 NBME forms in your plan × $60; the Free 120 is free.');
    expect(b.totalUSD).toBe(800);
    expect(b).toMatchObject({ spentUSD: 0, aheadUSD: 800 });
  });

  it('turns the international surcharge on for a student testing abroad, and the extension on for an exam after the period', () => {
    const b = budgetRows(
      input({ budget: { ...defaultBudgetSettings(), testsAbroad: true }, eligibilityEnd: '2027-02-28' }),
    );
    expect(row(b, 'internationalSurcharge').amountUSD).toBe(195);
    expect(row(b, 'eligibilityExtension').amountUSD).toBe(70);
    expect(b.totalUSD).toBe(680 + 195 + 70 + 120);
  });

  it("keeps the student's own figures over the defaults, even 0", () => {
    const b = budgetRows(
      input({
        budget: {
          ...defaultBudgetSettings(),
          amounts: { examFee: 700, practiceExams: 0, questionBank: 439, tutoring: 1250.5 },
        },
      }),
    );
    expect(row(b, 'examFee')).toMatchObject({ amountUSD: 700, defaultUSD: 680, overridden: true });
    expect(row(b, 'practiceExams')).toMatchObject({ amountUSD: 0, defaultUSD: 120, overridden: true });
    expect(b.totalUSD).toBe(700 + 439 + 1250.5);
    expect(formatUSD(b.totalUSD)).toBe('$2,389.50');
  });

  it('counts rescheduling as 0 until the free change ends, then the entered fee', () => {
    const own = { ...defaultBudgetSettings(), amounts: { rescheduling: 85 } };
    expect(row(budgetRows(input({ budget: own, today: '2027-01-23' })), 'rescheduling')).toMatchObject({
      amountUSD: 85,
      countedUSD: 0,
    });
    const late = budgetRows(input({ budget: own, today: '2027-01-24' }));
    expect(row(late, 'rescheduling')).toMatchObject({ amountUSD: 85, countedUSD: 85 });
    expect(late.totalUSD).toBe(800 + 85);
  });

  it('splits the total into what is spent and what is still ahead', () => {
    const b = budgetRows(
      input({ budget: { ...defaultBudgetSettings(), paid: ['examFee', 'practiceExams'], amounts: { tutoring: 300 } } }),
    );
    expect(b).toMatchObject({ totalUSD: 1100, spentUSD: 800, aheadUSD: 300 });
  });

  it('names practice forms with no price read instead of pricing them at a guess', () => {
    const b = budgetRows(input({ practiceForms: forms('nbme-26', 'uwsa1') }));
    expect(row(b, 'practiceExams')).toMatchObject({
      amountUSD: 60,
      note: '1 NBME form in your plan × $60; the Free 120 is free. No price was read for UWorld Self-Assessment 1: add it to your figure.',
    });
  });
});
