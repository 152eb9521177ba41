import { describe, expect, it } from 'vitest';
import { draftFromBudget, type BudgetContext } from '../../../components/budget/budget-form';
import { rebaseDraft, rebaseNote } from '../../../components/budget/rebase-draft';
import { BUDGET_LABELS, defaultBudgetSettings } from '../../../lib/domain/budget';
import { step1Profile } from '../../../lib/domain/profiles/step1';

const forms = (ids: string[]) => step1Profile.selfAssessments.filter((f) => ids.includes(f.id));
const context: BudgetContext = {
  examDate: '2027-03-10',
  eligibilityEnd: '',
  today: '2026-12-02',
  practiceForms: forms(['nbme-29', 'nbme-30', 'free-120']),
};
const before = draftFromBudget(defaultBudgetSettings(), context);
// Another section's save added a third NBME form: the practice-exam default goes from $120 to $180.
const after = draftFromBudget(defaultBudgetSettings(), {
  ...context,
  practiceForms: forms(['nbme-28', 'nbme-29', 'nbme-30']),
});

describe('rebaseDraft', () => {
  it('takes the new default for a row the student has not touched, and says so', () => {
    const rebased = rebaseDraft(before, before, after);
    expect(rebased.draft.amounts.practiceExams).toBe('180');
    expect(rebased).toMatchObject({ updated: ['practiceExams'], kept: [], unsaved: false });
    expect(rebaseNote(rebased, BUDGET_LABELS)).toBe('Updated elsewhere: Practice exams now shows its new figure.');
  });

  it('keeps a figure typed and not saved, on its row and on the others', () => {
    const typed = {
      ...before,
      amounts: { ...before.amounts, examFee: '725', practiceExams: '100' },
      paid: ['tutoring' as const],
    };
    const rebased = rebaseDraft(typed, before, after);
    expect(rebased.draft.amounts).toMatchObject({ examFee: '725', practiceExams: '100' });
    expect(rebased.draft.paid).toEqual(['tutoring']);
    expect(rebased).toMatchObject({ updated: [], kept: ['practiceExams'], unsaved: true });
    expect(rebaseNote(rebased, BUDGET_LABELS)).toBe(
      'Updated elsewhere. Your unsaved Practice exams is kept instead of the figure saved elsewhere. What you typed is kept: save the budget to keep it.',
    );
  });

  it('says nothing after the form\'s own save, even when the figure was typed as "725.00"', () => {
    const typed = { ...before, amounts: { ...before.amounts, examFee: '725.00' } };
    const saved = draftFromBudget({ ...defaultBudgetSettings(), amounts: { examFee: 725 } }, context);
    const rebased = rebaseDraft(typed, before, saved);
    expect(rebased.draft.amounts.examFee).toBe('725.00');
    expect(rebaseNote(rebased, BUDGET_LABELS)).toBe('');
  });

  it('follows paid marks and testing abroad changed elsewhere unless the student changed them here', () => {
    const elsewhere = { ...after, paid: ['examFee' as const], testsAbroad: true };
    expect(rebaseDraft(before, before, elsewhere).draft).toMatchObject({ paid: ['examFee'], testsAbroad: true });
    const mine = { ...before, paid: ['tutoring' as const], testsAbroad: false };
    expect(rebaseDraft(mine, before, elsewhere).draft).toMatchObject({
      paid: ['examFee', 'tutoring'],
      testsAbroad: true,
    });
  });
});
