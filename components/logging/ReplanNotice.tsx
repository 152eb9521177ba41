import './logging.css';

export interface ReplanNoticeProps {
  /** Sentences from `replanSummary` (lib/domain/replan). */
  summary: readonly string[];
  onDismiss: () => void;
  /** Where hours and the exam date are changed, for a student who wants more room than the plan found. */
  settingsHref?: string;
}

/** What the replanner moved since the last visit, said once and plainly; nothing when nothing moved. */
export function ReplanNotice({ summary, onDismiss, settingsHref }: ReplanNoticeProps) {
  if (summary.length === 0) return null;
  return (
    <section class="replan-notice" role="status" aria-label="What moved">
      <h2>Your plan caught up</h2>
      {summary.map((s) => <p key={s}>{s}</p>)}
      {settingsHref && <p><a href={settingsHref} target="_blank" rel="noopener">Change your hours or exam date in Settings</a></p>}
      <button type="button" onClick={onDismiss}>Got it</button>
    </section>
  );
}
