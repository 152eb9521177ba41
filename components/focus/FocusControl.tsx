import { useEffect, useRef, useState } from 'preact/hooks';
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
  /** The student's usual block, offered beside a shorter task's own length. */
  usualMinutes?: number;
  examBlockMinutes?: number;
  /** `picked`: the student chose the length in the picker (it becomes their usual one). */
  onStart: (minutes: number, picked: boolean) => void;
  onPause: () => void;
  onResume: () => void;
  onExtend: () => void;
  onStop: () => void;
  error?: string;
  /** Drawn inside the new tab's and popup's "Now" card, which shows the task itself: no card, no heading of its own
   * on screen (screen readers still have the Focus region) and no "Next up" line. */
  inCard?: boolean;
  /** Goes up by one when a task's own Focus button started (or found) a block: once the block runs, the control
   * scrolls into view and its first button takes the keyboard focus, so the press is seen where the block is. */
  reveal?: number;
}

/** Start, pause, resume, +10 min and stop a focus block, with the time left. */
export function FocusControl(props: FocusControlProps) {
  // The length the picker holds, and whether the student chose it; a new default (another task) starts afresh.
  const [picked, setPicked] = useState<{ for: number; minutes: number | null } | undefined>();
  const minutes = picked && picked.for === props.defaultMinutes ? picked.minutes : props.defaultMinutes;
  const view = focusControlView(props.session, props.now, props.taskTitle);
  const Heading = props.inCard ? 'h3' : 'h2';
  const section = useRef<HTMLElement>(null);
  const revealed = useRef(0);
  useEffect(() => {
    if (!props.reveal || props.reveal === revealed.current || view.mode === 'idle') return;
    revealed.current = props.reveal;
    section.current?.scrollIntoView?.({ block: 'nearest' });
    section.current?.querySelector<HTMLButtonElement>('.focus-buttons button')?.focus();
  }, [props.reveal, view.mode]);
  const picker = (
    <FocusLengthPicker
      key={props.defaultMinutes}
      defaultMinutes={props.defaultMinutes}
      usualMinutes={props.usualMinutes}
      examBlockMinutes={props.examBlockMinutes}
      onChange={(m) => setPicked({ for: props.defaultMinutes, minutes: m })}
    />
  );
  return (
    <section
      ref={section}
      class={props.inCard ? 'focus-control in-card' : 'focus-control'}
      aria-labelledby="focus-control-title"
      data-mode={view.mode}
    >
      <Heading id="focus-control-title" class={props.inCard ? 'visually-hidden' : undefined}>
        Focus
      </Heading>
      {view.remaining && (
        <p class="focus-remaining" aria-live="polite">
          {view.remaining}
        </p>
      )}
      {!(props.inCard && view.mode === 'idle') && <p class="focus-status">{view.status}</p>}
      {view.mode === 'idle' && !props.inCard && picker}
      <div class="focus-buttons">
        {(view.mode === 'idle' || view.mode === 'break') && (
          <button
            type="button"
            class="primary"
            disabled={view.mode === 'idle' && minutes === null}
            onClick={() =>
              view.mode === 'idle' && minutes !== null
                ? props.onStart(minutes, picked?.for === props.defaultMinutes)
                : props.onStart(props.defaultMinutes, false)
            }
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
      {/* In the Now card the length sits after Start focus, in the reading order as on the screen (keyboard too). */}
      {view.mode === 'idle' && props.inCard && picker}
      {props.error && <p role="alert">{props.error}</p>}
    </section>
  );
}
