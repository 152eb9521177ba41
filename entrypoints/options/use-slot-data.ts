import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoreName } from '../../lib/db/schema';
import { onChange } from '../../lib/platform/change-channel';
import type { ServiceContext } from '../../lib/services/context';
import { pageContext } from '../../lib/services/page-context';

/** `note` says why the form was read again; `alert` when it is a refused save. */
export type SlotData<T> =
  { ctx: ServiceContext; data: T; generation: number; note: string; alert: boolean } | { error: string } | undefined;

export interface SlotControl<T> {
  slot: SlotData<T>;
  /**
   * Runs the section's save. On success `data` is what the form now shows (the save's own broadcast then reloads
   * nothing); a save refused as stale reads the section again and says why in an alert.
   */
  save(write: () => Promise<unknown>, data: T): Promise<void>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A settings section's data: read when it mounts, and read again whenever another page changes `watched` stores (a
 * save in another tab, an import, an undo). When what the section shows has changed, `generation` moves on (the slot
 * remounts its form with it as the key) and `note` says why; the section's own saves change nothing.
 */
export function useSlotData<T>(
  read: (ctx: ServiceContext) => Promise<T>,
  failure: string,
  watched: readonly StoreName[] = ['settings'],
): SlotControl<T> {
  const [slot, setSlot] = useState<SlotData<T>>();
  const shown = useRef<{ data: T; generation: number } | undefined>(undefined);
  const context = useRef<ServiceContext | undefined>(undefined);

  const show = (ctx: ServiceContext, data: T, note: string, alert: boolean) => {
    const generation = (shown.current?.generation ?? 0) + 1;
    shown.current = { data, generation };
    setSlot({ ctx, data, generation, note, alert });
  };
  const refresh = (note: string, alert: boolean) => {
    const ctx = context.current;
    if (!ctx) return;
    read(ctx).then(
      (data) => {
        if (alert || !shown.current || !same(data, shown.current.data)) show(ctx, data, note, alert);
      },
      () => setSlot({ error: failure }),
    );
  };

  useEffect(() => {
    let stop = () => {};
    pageContext()
      .then(async (ctx) => {
        context.current = ctx;
        show(ctx, await read(ctx), '', false);
        stop = onChange(({ stores }) => {
          if (stores.some((s) => watched.includes(s)))
            refresh(
              'These settings were changed in another tab (or by an import); this section now shows them.',
              false,
            );
        });
      })
      .catch(() => setSlot({ error: failure }));
    return () => stop();
    // Set up once, when the section mounts.
  }, []);

  return {
    slot,
    save: async (write, data) => {
      try {
        await write();
      } catch (e) {
        if (e instanceof Error && e.name === 'StaleWriteError') refresh(e.message, true);
        throw e;
      }
      if (!shown.current) return;
      // The form stays as it is (same generation); the next save compares with what this one wrote.
      shown.current = { ...shown.current, data };
      setSlot((current) => (current && 'ctx' in current ? { ...current, data, note: '', alert: false } : current));
    },
  };
}
