import type { DatedFact } from '../../lib/domain/deadlines';

/** Sourced facts as a list: each with its "as of", a "not yet confirmed" flag when unverified, and its source. */
export function FactList({ facts }: { facts: readonly (readonly [string, DatedFact])[] }) {
  return (
    <ul class="fact-list">
      {facts.map(([label, fact]) => (
        <li key={label}>
          {label} (as of {fact.asOf}
          {fact.verified ? '' : '; not yet confirmed'}).{' '}
          <a href={fact.source} target="_blank" rel="noopener noreferrer">
            Source
          </a>
        </li>
      ))}
    </ul>
  );
}
