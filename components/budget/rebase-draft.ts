// When the budget's stored figures or defaults change elsewhere (a plan-settings save on the same page changes the
// practice forms or the exam date; another tab saves the budget), the form takes the new figures for the rows the
// student has not touched and keeps what they typed and have not saved. Tested without a DOM.
import { BUDGET_ROW_IDS, type BudgetRowId } from '../../lib/domain/budget';
import type { BudgetDraft } from './budget-form';

export interface Rebased {
  draft: BudgetDraft;
  /** Rows now showing a new figure from elsewhere. */
  updated: BudgetRowId[];
  /** Rows changed elsewhere where the student's unsaved figure was kept instead. */
  kept: BudgetRowId[];
  /** The student had changed something not yet saved (it is kept). */
  unsaved: boolean;
}

/**
 * `before` is what the form was built from, `after` the same built from the new settings. A field the student left
 * as it was built follows the new figure; one they changed stays theirs. The choices (paid, testing abroad) likewise.
 */
/** "700" and "700.00" are the same figure: a save that stored the first must not read as a change elsewhere. */
const same = (a: string, b: string) => a === b || (a.trim() !== '' && b.trim() !== '' && Number(a) === Number(b));

export function rebaseDraft(draft: BudgetDraft, before: BudgetDraft, after: BudgetDraft): Rebased {
  const updated: BudgetRowId[] = [];
  const kept: BudgetRowId[] = [];
  const amounts = { ...draft.amounts };
  for (const id of BUDGET_ROW_IDS) {
    if (same(before.amounts[id], after.amounts[id])) continue;
    if (same(draft.amounts[id], before.amounts[id])) {
      amounts[id] = after.amounts[id];
      updated.push(id);
    } else if (!same(draft.amounts[id], after.amounts[id])) kept.push(id);
  }
  const paid = BUDGET_ROW_IDS.filter((id) => {
    const was = before.paid.includes(id);
    return was === draft.paid.includes(id) ? after.paid.includes(id) : draft.paid.includes(id);
  });
  const testsAbroad = draft.testsAbroad === before.testsAbroad ? after.testsAbroad : draft.testsAbroad;
  const unsaved =
    draft.testsAbroad !== before.testsAbroad ||
    BUDGET_ROW_IDS.some(
      (id) => draft.amounts[id] !== before.amounts[id] || draft.paid.includes(id) !== before.paid.includes(id),
    );
  return { draft: { amounts, paid, testsAbroad }, updated, kept, unsaved };
}

/** What the form says after a rebase, or '' when nothing it shows changed. */
export function rebaseNote({ updated, kept, unsaved }: Rebased, labels: Record<BudgetRowId, string>): string {
  if (updated.length === 0 && kept.length === 0) return '';
  const names = (ids: BudgetRowId[]) => ids.map((id) => labels[id]).join(', ');
  const parts = [
    updated.length > 0
      ? `Updated elsewhere: ${names(updated)} now ${updated.length === 1 ? 'shows its' : 'show their'} new figure.`
      : 'Updated elsewhere.',
  ];
  if (kept.length > 0)
    parts.push(
      `Your unsaved ${names(kept)} ${kept.length === 1 ? 'is' : 'are'} kept instead of the figure saved elsewhere.`,
    );
  if (unsaved) parts.push('What you typed is kept: save the budget to keep it.');
  return parts.join(' ');
}
