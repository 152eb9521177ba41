import { useEffect, useState } from 'preact/hooks';
import { AdaptsPanel } from '../../components/logging/AdaptsPanel';
import type { AdaptsSource } from '../../components/logging/adapts-source';
import { logSource } from '../../lib/services/log-source';
import { pageContext } from '../../lib/services/page-context';

/** Wires the replan notice, the logging forms and the progress link to this page's service context. */
export function AdaptsSlot() {
  const [source, setSource] = useState<AdaptsSource | undefined>();
  useEffect(() => {
    void pageContext().then((ctx) => setSource(logSource(ctx)));
  }, []);
  return source ? (
    <AdaptsPanel source={source} progressHref="/progress.html" planHref="/plan.html" settingsHref="/options.html" />
  ) : null;
}
