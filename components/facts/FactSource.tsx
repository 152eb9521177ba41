import type { FactOrigin } from '../../lib/domain/fact-origin';
import './fact-source.css';

/** The site a source is on, as the link's words ("usmle.org"): the full address is its target. */
export function sourceSite(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return address;
  }
}

/**
 * Where a fact shown beside it comes from, folded: the summary says "not yet confirmed" for an unverified fact (so
 * that is never hidden), and opening it gives the "as of" and the source pages. Every exam fact the UI shows carries
 * one (issue 11); `about` names the fact for a screen reader when several sit together.
 */
export function FactSource({ origin, about }: { origin: FactOrigin; about?: string }) {
  return (
    <details class="fact-source" data-fact-source>
      <summary>
        {origin.verified ? 'Source' : 'Source, not yet confirmed'}
        {about && <span class="visually-hidden"> for {about}</span>}
      </summary>
      <p>
        As of {origin.asOf}.{' '}
        {origin.verified
          ? 'Read on the official page below.'
          : 'Not yet confirmed by an official page: check it before you rely on it.'}
      </p>
      <ul>
        {origin.sources.map((s) => (
          <li key={s}>
            <a href={s} target="_blank" rel="noopener noreferrer">
              {sourceSite(s)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
