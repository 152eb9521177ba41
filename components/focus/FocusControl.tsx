import { useState } from 'preact/hooks';
import type { FocusSession } from '../../lib/domain/types';
import { focusControlView } from './focus-control-view';
import { FocusLengthPicker } from './FocusLengthPicker';
import './focus-control.css';

export interface FocusControlProps {
  session?: FocusSession;
  now: number;
  /** The session's task, or the task a new block would be for. */
  taskTitle?: string;
  defaultMinutes: number;
  examBlockMinutes?: number;
  onStart: (minutes: number) => void;
  onPause: () => void;
  onResume: () => void;
  onExtend: () => void;
  onStop: () => void;
  error?: string;
}

/** Start, pause, resume, +10 min and stop a focus block, with the time left. */
export function FocusControl(props: FocusControlProps) {
  const [minutes, setMinutes] = useState<number | null>(props.defaultMinutes);
  const view = focusControlView(props.session, props.now, props.taskTitle);
  return (
    <section class="focus-control" aria-labelledby="focus-control-title" data-mode={view.mode}>
      <h2 id="focus-control-title">Focus</h2>
      {view.remaining && (
        <p class="focus-remaining" aria-live="polite">
          {view.remaining}
        </p>
      )}
      <p class="focus-status">{view.status}</p>
      {view.mode === 'idle' && (
        <FocusLengthPicker
          defaultMinutes={props.defaultMinutes}
          examBlockMinutes={props.examBlockMinutes}
          onChange={setMinutes}
        />
      )}
      <div class="focus-buttons">
        {(view.mode === 'idle' || view.mode === 'break') && (
          <button
            type="button"
            class="primary"
            disabled={view.mode === 'idle' && minutes === null}
            onClick={() => props.onStart(view.mode === 'idle' && minutes !== null ? minutes : props.defaultMinutes)}
          >
            Start focus
          </button>
        )}
        {view.mode === 'focus-running' && (
          <button type="button" onClick={props.onPause}>
            Pause
          </button>
        )}
        {view.mode === 'focus-paused' && (
          <button type="button" class="primary" onClick={props.onResume}>
            Resume
          </button>
        )}
        {(view.mode === 'focus-running' || view.mode === 'focus-paused') && (
          <>
            <button type="button" aria-label="Add 10 minutes" onClick={props.onExtend}>
              +10 min
            </button>
            <button type="button" onClick={props.onStop}>
              Stop focus
            </button>
          </>
        )}
        {view.mode === 'break' && (
          <button type="button" onClick={props.onStop}>
            End break
          </button>
        )}
      </div>
      {props.error && <p role="alert">{props.error}</p>}
    </section>
  );
}
