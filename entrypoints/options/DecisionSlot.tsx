import { DecisionSettings } from '../../components/standing/DecisionSettings';
import { readDecisionSettings, saveDecisionSettings } from '../../lib/services/replan-settings';
import { useSlotData } from './use-slot-data';

/** The "Deciding when to sit" section of the settings page, wired to the stored settings; re-read when another page
 * changes them. */
export function DecisionSlot() {
  const { slot, save } = useSlotData(
    readDecisionSettings,
    'Could not read your settings. Reopen this page to try again.',
  );
  if (!slot) return null;
  if ('error' in slot) return <p role="alert">{slot.error}</p>;
  const { ctx, data: base, generation, note, alert } = slot;
  return (
    <div>
      {note && (
        <p role={alert ? 'alert' : 'status'} class="slot-note">
          {note}
        </p>
      )}
      <DecisionSettings
        key={generation}
        initial={base}
        onSave={(fields) => save(() => saveDecisionSettings(ctx, fields, base), { ...fields })}
      />
    </div>
  );
}
