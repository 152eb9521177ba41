// Shared by the new tab and the popup. WXT builds only `<name>/index.*` here, so this folder is not an entrypoint.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FocusRequest, FocusTask } from '../../components/focus/FocusPanel';

/** A slot's component, loaded after the first paint so that today's tasks never wait for it. */
function useLoaded<P>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> | undefined {
  const [slot, setSlot] = useState<{ C: FunctionComponent<P> } | undefined>();
  useEffect(() => {
    // Loaded once per page.
    void load().then((C) => setSlot({ C }));
  }, []);
  return slot?.C;
}

/** The focus control, drawn in the "Now" card, for the task the page chose (the day's next one by default);
 * `startOn`, a task's own "Focus" button pressed (a press before the control loads starts once it is there). */
export function LazyFocus({ nextTask, startOn }: { nextTask?: FocusTask; startOn?: FocusRequest }) {
  const Focus = useLoaded(() => import('./FocusSlot').then((m) => m.FocusSlot));
  return Focus ? <Focus nextTask={nextTask} startOn={startOn} inCard /> : null;
}

/** The replan notice, the logs and the links; `folded` (the popup) puts the logs behind one disclosure. */
export function LazyLogs({ folded }: { folded?: boolean }) {
  const Logs = useLoaded(() => import('./LogAndReplanSlot').then((m) => m.LogAndReplanSlot));
  return Logs ? <Logs folded={folded} /> : null;
}

/** The new tab's background control, at its foot. */
export function LazyBackground() {
  const Picker = useLoaded(() => import('./BackgroundSlot').then((m) => m.BackgroundSlot));
  return Picker ? <Picker /> : null;
}
