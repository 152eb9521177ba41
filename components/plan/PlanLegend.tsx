import { GROUP_NAMES } from './task-groups';

/** What the colours of the plan's lines mean. */
export function PlanLegend() {
  return (
    <section class="plan-legend" aria-label="What the colours mean">
      <ul>
        {GROUP_NAMES.map(([group, name]) => (
          <li key={group}>
            <span class={`legend-swatch group-${group}`} aria-hidden="true" />
            {name}
          </li>
        ))}
        <li>
          <span class="weak-tag">weak area</span> an area your score report put lower
        </li>
      </ul>
    </section>
  );
}
