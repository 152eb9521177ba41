import type { DecisionSettingsFields } from '../../lib/domain/settings-sections';
import { DecisionSettings } from '../standing/DecisionSettings';
import type { SectionSource } from './section-source';
import { SectionNote } from './SectionNote';
import { useSection } from './use-section';

/** The "Deciding when to sit" section, over its source; re-read when another page changes the settings. */
export function DecisionPanel({ source }: { source: SectionSource<DecisionSettingsFields> }) {
  const { section, save } = useSection(source, 'Could not read your settings. Reopen this page to try again.');
  if (!section) return null;
  if ('error' in section) return <p role="alert">{section.error}</p>;
  return (
    <div>
      <SectionNote note={section.note} alert={section.alert} />
      <DecisionSettings
        key={section.generation}
        initial={section.data}
        onSave={(fields) => save(fields, { ...fields })}
      />
    </div>
  );
}
