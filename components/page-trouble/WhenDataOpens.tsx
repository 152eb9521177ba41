// A page whose sections each read the database shows one calm message, instead of an alert per section, when the
// database will not open at all; once it opens, the sections read as they always do.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ReadTrouble } from './ReadTrouble';

export interface WhenDataOpensProps {
  /** Opens the database (the page's service context); rejects when it cannot. */
  open: () => Promise<unknown>;
  /** What the page shows, in the fallback's words: "Your settings". */
  what: string;
  settingsHref?: string;
  children: ComponentChildren;
}

export function WhenDataOpens({ open, what, settingsHref, children }: WhenDataOpensProps) {
  const [state, setState] = useState<'opening' | 'open' | 'failed'>('opening');
  useEffect(() => {
    open().then(
      () => setState('open'),
      () => setState('failed'),
    );
  }, [open]);
  if (state === 'failed') return <ReadTrouble what={what} settingsHref={settingsHref} />;
  return state === 'open' ? <>{children}</> : null;
}
