import { useEffect, useState } from 'preact/hooks';
import type { ServiceContext } from '../../lib/services/context';
import { pageContext } from '../../lib/services/page-context';

export type SlotData<T> = { ctx: ServiceContext; data: T } | { error: string } | undefined;

/** A settings section's first read: the page's service context and what `read` returns, or `failure` to show. */
export function useSlotData<T>(read: (ctx: ServiceContext) => Promise<T>, failure: string): SlotData<T> {
  const [slot, setSlot] = useState<SlotData<T>>();
  useEffect(() => {
    pageContext()
      .then(async (ctx) => setSlot({ ctx, data: await read(ctx) }))
      .catch(() => setSlot({ error: failure }));
    // Read once, when the section mounts.
  }, []);
  return slot;
}
