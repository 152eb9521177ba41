import './logging.css';

export interface ReplanNoticeProps {
  /** Sentences from `replanSummary` (lib/domain/replan). */
  summary: readonly string[];
  onDismiss: () => void;
}

/** What the replanner moved since the last visit, said once and plainly; nothing when nothing moved. */
export function ReplanNotice({ summary, onDismiss }: ReplanNoticeProps) {
  if (summary.length === 0) return null;
  return (
    <section class="replan-notice" role="status" aria-label="What moved">
      <h2>Your plan caught up</h2>
      {summary.map((s) => <p key={s}>{s}</p>)}
      <button type="button" onClick={onDismiss}>Got it</button>
    </section>
  );
}
