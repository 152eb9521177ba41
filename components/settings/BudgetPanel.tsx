import type { BudgetData, BudgetSettings } from '../../lib/domain/budget';
import { BudgetSection } from '../budget/BudgetSection';
import type { SectionSource } from './section-source';
import { SectionNote } from './SectionNote';
import { useSection } from './use-section';

/** The Retake budget section, over its source; re-read when another page changes the settings (the exam date and
 * the practice forms set its defaults). */
export function BudgetPanel({ source }: { source: SectionSource<BudgetData, BudgetSettings> }) {
  const { section, save } = useSection(source, 'Could not read your budget. Reopen this page to try again.');
  if (!section) return null;
  if ('error' in section) return <p role="alert">{section.error}</p>;
  const { budget, ...context } = section.data;
  // Not remounted on a new read: the section keeps what the student typed and says itself what changed elsewhere;
  // only a refused save's alert is this panel's to say.
  return (
    <div>
      <SectionNote note={section.alert ? section.note : ''} alert={section.alert} />
      <BudgetSection
        initial={budget}
        context={context}
        onSave={(next) => save(next, { ...section.data, budget: next })}
      />
    </div>
  );
}
