import { BudgetSection } from '../../components/budget/BudgetSection';
import { readBudget, saveBudget } from '../../lib/services/budget';
import { useSlotData } from './use-slot-data';

/** The Retake budget section of the settings page, wired to the stored settings. */
export function BudgetSlot() {
  const slot = useSlotData(readBudget, 'Could not read your budget. Reopen this page to try again.');
  if (!slot) return null;
  if ('error' in slot) return <p role="alert">{slot.error}</p>;
  const { ctx, data } = slot;
  const { budget, ...context } = data;
  return <BudgetSection initial={budget} context={context} onSave={(next) => saveBudget(ctx, next)} />;
}
