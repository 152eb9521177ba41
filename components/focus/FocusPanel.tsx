import { useCallback, useEffect, useState } from 'preact/hooks';
import { focusStatus } from '../../lib/domain/focus';
import { focusMinutesFor } from '../../lib/domain/focus/focus-lengths';
import { FocusControl } from './FocusControl';
import type { FocusView } from '../../lib/domain/focus/focus-view';
import type { FocusPanelSource } from './focus-panel-source';

export interface FocusPanelProps {
  source: FocusPanelSource;
  /** The task a new block is for, when the page picks one; otherwise the day's next task to do. */
  nextTask?: FocusTask;
  /** Drawn inside the page's "Now" card (see FocusControl). */
  inCard?: boolean;
  /** A task's own "Focus" button was pressed: start a block on it (once per press). */
  startOn?: FocusRequest;
}

/** One press of a task's "Focus" button; each press is a new object. */
export interface FocusRequest {
  task: FocusTask;
}

// Presses already acted on, kept for the page's life: a control drawn again (the day's state changed, the slot
// loaded late) must not start the same block twice.
const handled = new WeakSet<FocusRequest>();

/** A task a block can be for; its minutes make the default length when it is shorter than the usual block. */
export interface FocusTask {
  id: string;
  title: string;
  minutes?: number;
}

/** How often the time left is redrawn. Display only: the block itself lives in stored timestamps and alarms. */
const REDRAW_MS = 15_000;

/** The focus control kept in step with the stored session, wherever it was changed. */
export function FocusPanel({ source, nextTask, inCard, startOn }: FocusPanelProps) {
  const [state, setState] = useState<FocusView | undefined>();
  const [now, setNow] = useState(source.now());
  const [error, setError] = useState<string | undefined>();
  // Counts the task presses acted on: the control then shows itself (see FocusControl's `reveal`).
  const [reveal, setReveal] = useState(0);

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

  useEffect(() => {
    if (!state || !startOn || handled.has(startOn)) return;
    handled.add(startOn);
    const { task } = startOn;
    const s = state.session;
    // Already focusing on that task: the press changes nothing (a new block would throw away the time done).
    const status = s && focusStatus(s, source.now());
    setReveal((n) => n + 1);
    if (s?.kind === 'focus' && s.taskId === task.id && (status === 'running' || status === 'paused')) return;
    // The length a block on that task starts with: its own minutes when shorter, else the last length picked.
    const minutes = focusMinutesFor(state.focus.focusMinutes, task.minutes);
    act('start the block', () => source.start(minutes, task.id, false))();
  }, [state, startOn, source]);

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
      reveal={reveal}
      onStart={(minutes, picked) => act('start the block', () => source.start(minutes, next?.id, picked))()}
      onPause={act('pause the block', source.pause)}
      onResume={act('resume the block', source.resume)}
      onExtend={act('add 10 minutes', source.extend)}
      onStop={act('stop', source.stop)}
      error={error}
    />
  );
}
