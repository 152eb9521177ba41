import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import './logging.css';

export interface ReplanNoticeProps {
  /** Sentences from `replanSummary` or `makeRoomSummary` (lib/domain/replan). */
  summary: readonly string[];
  /** Some work did not fit and the student may trade lower-priority work for it. */
  canDropLowerPriority?: boolean;
  onDropLowerPriority?: () => Promise<unknown>;
  onDismiss: () => Promise<unknown>;
  /** Where hours and the exam date are changed, for a student who wants more room than the plan found. */
  settingsHref?: string;
  /** What the choices mean, shown under the summary (the cost of a later date). */
  children?: ComponentChildren;
}

/** What the replanner moved, said plainly until the student dismisses it; nothing when nothing moved. */
export function ReplanNotice({
  summary,
  canDropLowerPriority,
  onDropLowerPriority,
  onDismiss,
  settingsHref,
  children,
}: ReplanNoticeProps) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (summary.length === 0) return null;
  const act = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError('');
    action()
      .catch(() => setError('That did not save. Your plan is unchanged; try again.'))
      .finally(() => setBusy(false));
  };
  return (
    <section class="replan-notice" role="status" aria-label="What moved">
      <h2>Your plan caught up</h2>
      {summary.map((s) => (
        <p key={s}>{s}</p>
      ))}
      {children}
      {settingsHref && (
        <p>
          <a href={settingsHref} target="_blank" rel="noopener">
            Change your hours or exam date in Settings
          </a>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <div class="replan-actions">
        {canDropLowerPriority && onDropLowerPriority && (
          <button type="button" disabled={busy} onClick={() => act(onDropLowerPriority)}>
            Drop lower-priority work to fit it in
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => act(onDismiss)}>
          Got it
        </button>
      </div>
    </section>
  );
}
