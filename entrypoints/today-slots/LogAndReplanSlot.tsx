import { useEffect, useState } from 'preact/hooks';
import { LogAndReplanPanel } from '../../components/logging/LogAndReplanPanel';
import { SupportLink } from '../../components/support/SupportLink';
import type { LogAndReplanSource } from '../../components/logging/log-and-replan-source';
import { logSource } from '../../lib/services/log-source';
import { pageContext } from '../../lib/services/page-context';

/** Wires the replan notice, the logging forms and the progress link to this page's service context, and puts the
 * quiet "Get support" link at the foot: here, in a chunk loaded after the first paint, it adds nothing to the first
 * paint, and it shows even when the database will not open. */
export function LogAndReplanSlot({ folded }: { folded?: boolean }) {
  const [source, setSource] = useState<LogAndReplanSource | undefined>();
  useEffect(() => {
    // A database that will not open leaves this slot empty: the today panel above says so, once, in plain words.
    pageContext().then(
      (ctx) => setSource(logSource(ctx)),
      () => undefined,
    );
  }, []);
  return (
    <>
      {source && (
        <LogAndReplanPanel
          source={source}
          progressHref="/progress.html"
          planHref="/plan.html"
          settingsHref="/options.html"
          folded={folded}
        />
      )}
      <SupportLink href="/support.html" />
    </>
  );
}
