import { useCallback, useEffect, useState } from 'preact/hooks';
import { focusMinutesFor } from '../../lib/domain/focus/focus-lengths';
import { FocusControl } from './FocusControl';
import type { FocusPanelSource, FocusPanelState } from './focus-panel-source';

export interface FocusPanelProps {
  source: FocusPanelSource;
  /** The task a new block is for, when the page picks one; otherwise the day's next task to do. */
  nextTask?: FocusTask;
  /** Drawn inside the page's "Now" card (see FocusControl). */
  inCard?: boolean;
}

/** A task a block can be for; its minutes make the default length when it is shorter than the usual block. */
export interface FocusTask {
  id: string;
  title: string;
  minutes?: number;
}

/** How often the time left is redrawn. Display only: the block itself lives in stored timestamps and alarms. */
const REDRAW_MS = 15_000;

/** The focus control kept in step with the stored session, wherever it was changed. */
export function FocusPanel({ source, nextTask, inCard }: FocusPanelProps) {
  const [state, setState] = useState<FocusPanelState | undefined>();
  const [now, setNow] = useState(source.now());
  const [error, setError] = useState<string | undefined>();

  const reload = useCallback(() => {
    source.read().then(
      (next) => {
        setState(next);
        setNow(source.now());
      },
      () => setError('Could not read your focus block. Reopen this page to try again.'),
    );
  }, [source]);

  useEffect(() => {
    reload();
    const unsubscribe = source.subscribe(reload);
    const timer = setInterval(() => setNow(source.now()), REDRAW_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [source, reload]);

  const act = (what: string, action: () => Promise<unknown>) => () => {
    setError(undefined);
    action().then(reload, () => setError(`Could not ${what}. Please try again.`));
  };

  if (!state) return null;
  const next: FocusTask | undefined = nextTask ?? state.nextTask;
  return (
    <FocusControl
      session={state.session}
      now={now}
      taskTitle={state.session ? state.taskTitle : next?.title}
      defaultMinutes={focusMinutesFor(state.focus.focusMinutes, next?.minutes)}
      usualMinutes={state.focus.focusMinutes}
      examBlockMinutes={state.examBlockMinutes}
      inCard={inCard}
      onStart={(minutes, picked) => act('start the block', () => source.start(minutes, next?.id, picked))()}
      onPause={act('pause the block', source.pause)}
      onResume={act('resume the block', source.resume)}
      onExtend={act('add 10 minutes', source.extend)}
      onStop={act('stop', source.stop)}
      error={error}
    />
  );
}
