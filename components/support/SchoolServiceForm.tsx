import { useEffect, useState } from 'preact/hooks';
import { TEXT_LIMITS } from '../../lib/domain/limits';
import { FormStatus } from '../logging/FormStatus';
import { useSubmit } from '../logging/use-submit';
import type { WellbeingService } from './support-source';

/** The school's wellness or counselling service: shown when filled in, and a small form to fill it in or change it. */
export function SchoolServiceForm({
  stored,
  onSave,
}: {
  stored: WellbeingService;
  onSave: (service: WellbeingService) => Promise<void>;
}) {
  const [draft, setDraft] = useState(stored);
  const status = useSubmit('Saved.');
  // A save in another tab (or this one) brings new stored values: the fields follow them.
  useEffect(() => setDraft(stored), [stored.name, stored.contact]);
  const known = stored.name !== '' || stored.contact !== '';
  // Open at first when nothing is noted yet; after that the student opens and closes it (a save keeps it open, so
  // the keyboard focus and the confirmation stay where they were).
  const [openAtFirst] = useState(!known);
  return (
    <section class="support-part" aria-labelledby="school-heading">
      <h2 id="school-heading">Your school's wellness or counselling service</h2>
      {known ? (
        <p class="support-school">
          {stored.name && <strong>{stored.name}</strong>}
          {stored.name && stored.contact && ': '}
          {stored.contact}
        </p>
      ) : (
        <p>
          Most medical schools have a wellness or counselling service for students, usually free and confidential. Find
          yours on your school's website or ask student affairs, and note it here so it is one click away.
        </p>
      )}
      <details class="support-edit" open={openAtFirst}>
        <summary>{known ? 'Change it' : 'Note your school’s service'}</summary>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void status.run(() => onSave(draft));
          }}
        >
          <label class="field">
            Service name
            <input
              type="text"
              maxLength={TEXT_LIMITS.wellbeingServiceName}
              value={draft.name}
              onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
          </label>
          <label class="field">
            How to reach them (phone, email or web page)
            <input
              type="text"
              maxLength={TEXT_LIMITS.wellbeingServiceContact}
              value={draft.contact}
              onInput={(e) => setDraft({ ...draft, contact: e.currentTarget.value })}
            />
          </label>
          <button type="submit" class="primary" disabled={status.busy}>
            Save service
          </button>
          <FormStatus error={status.error} saved={status.saved} />
        </form>
      </details>
    </section>
  );
}
