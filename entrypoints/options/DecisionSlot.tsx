import { useEffect, useState } from 'preact/hooks';
import { DecisionSettings } from '../../components/standing/DecisionSettings';
import type { ServiceContext } from '../../lib/services/context';
import { pageContext } from '../../lib/services/page-context';
import { readDecisionSettings, saveDecisionSettings, type DecisionSettingsFields } from '../../lib/services/replan-settings';

/** The "Deciding when to sit" section of the settings page, wired to the stored settings. */
export function DecisionSlot() {
  const [loaded, setLoaded] = useState<{ ctx: ServiceContext; fields: DecisionSettingsFields } | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    pageContext()
      .then(async (ctx) => setLoaded({ ctx, fields: await readDecisionSettings(ctx) }))
      .catch(() => setError('Could not read your settings. Reopen this page to try again.'));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!loaded) return null;
  return (
    <DecisionSettings
      initial={loaded.fields}
      onSave={async (fields) => {
        await saveDecisionSettings(loaded.ctx, fields);
      }}
    />
  );
}
