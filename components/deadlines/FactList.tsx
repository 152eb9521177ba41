import type { DatedFact } from '../../lib/domain/deadlines';
import { originOf } from '../../lib/domain/fact-origin';
import { FactSource } from '../facts/FactSource';

/** Sourced facts as a list: each with its source, "as of" and "not yet confirmed" flag (components/facts). */
export function FactList({ facts }: { facts: readonly (readonly [string, DatedFact])[] }) {
  return (
    <ul class="fact-list">
      {facts.map(([label, fact]) => (
        <li key={label}>
          {label}. <FactSource origin={originOf(fact)} about={label} />
        </li>
      ))}
    </ul>
  );
}
