import type { ReminderSettingsFields } from '../../lib/domain/settings-sections';
import { ReminderSettings } from '../reminders/ReminderSettings';
import type { SectionSource } from './section-source';
import { SectionNote } from './SectionNote';
import { useSection } from './use-section';

/** The Reminders section, over its source; re-read when another page changes the settings. */
export function RemindersPanel({
  source,
  requestIdlePermission,
}: {
  source: SectionSource<ReminderSettingsFields>;
  requestIdlePermission: () => Promise<boolean>;
}) {
  const { section, save } = useSection(source, 'Could not read your reminder settings. Reopen this page to try again.');
  if (!section) return null;
  if ('error' in section) return <p role="alert">{section.error}</p>;
  return (
    <div>
      <SectionNote note={section.note} alert={section.alert} />
      <ReminderSettings
        key={section.generation}
        initial={section.data}
        onSave={(fields) => save(fields, structuredClone(fields))}
        requestIdlePermission={requestIdlePermission}
      />
    </div>
  );
}
