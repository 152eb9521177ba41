import { BudgetSection } from '../../components/budget/BudgetSection';
import { readBudget, saveBudget } from '../../lib/services/budget';
import { useSlotData } from './use-slot-data';

/** The Retake budget section of the settings page, wired to the stored settings; re-read when another page changes
 * them (the exam date and the practice forms set its defaults). */
export function BudgetSlot() {
  const { slot, save } = useSlotData(readBudget, 'Could not read your budget. Reopen this page to try again.');
  if (!slot) return null;
  if ('error' in slot) return <p role="alert">{slot.error}</p>;
  const { ctx, data, generation, note, alert } = slot;
  const { budget, ...context } = data;
  return (
    <div>
      {note && (
        <p role={alert ? 'alert' : 'status'} class="slot-note">
          {note}
        </p>
      )}
      <BudgetSection
        key={generation}
        initial={budget}
        context={context}
        onSave={(next) => save(() => saveBudget(ctx, next), { ...data, budget: next })}
      />
    </div>
  );
}
