import './support-notice.css';

/** After two weeks without a check-in: a gentle suggestion to reach out (text from lib/domain/progress). */
export function SupportNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <aside class="support-notice" aria-label="Reach out">
      <p>{message}</p>
    </aside>
  );
}
