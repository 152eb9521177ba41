// Shared by the new tab and the popup. WXT builds only `<name>/index.*` here, so this folder is not an entrypoint.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Slots = {
  Focus: FunctionComponent<{ nextTask?: { id: string; title: string } }>;
  LogAndReplan: FunctionComponent;
};

/** The focus control and the logs, loaded after the first paint so that today's tasks never wait for them. */
export function LazySlots({ nextTask }: { nextTask?: { id: string; title: string } }) {
  const [slots, setSlots] = useState<Slots | undefined>();
  useEffect(() => {
    void Promise.all([import('./FocusSlot'), import('./LogAndReplanSlot')]).then(([f, a]) =>
      setSlots({ Focus: f.FocusSlot, LogAndReplan: a.LogAndReplanSlot }),
    );
  }, []);
  if (!slots) return null;
  return (
    <>
      <slots.Focus nextTask={nextTask} />
      <slots.LogAndReplan />
    </>
  );
}
