import { useEffect, useState } from 'preact/hooks';
import { FocusPanel, type FocusRequest, type FocusTask } from '../../components/focus/FocusPanel';
import type { FocusPanelSource } from '../../components/focus/focus-panel-source';
import { focusSource } from '../../lib/services/focus-source';
import { pageContext } from '../../lib/services/page-context';

/** Wires the focus control to this page's service context. `nextTask` is the day's next task, if the page knows it. */
export function FocusSlot({
  nextTask,
  startOn,
  inCard,
}: {
  nextTask?: FocusTask;
  startOn?: FocusRequest;
  inCard?: boolean;
}) {
  const [source, setSource] = useState<FocusPanelSource | undefined>();
  useEffect(() => {
    // A database that will not open leaves this slot empty: the today panel above says so, once, in plain words.
    pageContext().then(
      (ctx) => setSource(focusSource(ctx)),
      () => undefined,
    );
  }, []);
  return source ? <FocusPanel source={source} nextTask={nextTask} startOn={startOn} inCard={inCard} /> : null;
}
