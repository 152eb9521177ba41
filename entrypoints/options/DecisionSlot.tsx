import { DecisionSettings } from '../../components/standing/DecisionSettings';
import { readDecisionSettings, saveDecisionSettings } from '../../lib/services/replan-settings';
import { useSlotData } from './use-slot-data';

/** The "Deciding when to sit" section of the settings page, wired to the stored settings. */
export function DecisionSlot() {
  const slot = useSlotData(readDecisionSettings, 'Could not read your settings. Reopen this page to try again.');
  if (!slot) return null;
  if ('error' in slot) return <p role="alert">{slot.error}</p>;
  const { ctx, data } = slot;
  return (
    <DecisionSettings
      initial={data}
      onSave={async (fields) => {
        await saveDecisionSettings(ctx, fields);
      }}
    />
  );
}
