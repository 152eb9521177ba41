import type { FamilyInPlan } from './area-families';
import { GROUP_NAMES } from './task-groups';

/** What the colours of the plan's lines mean: the bar at a line's start is its kind of work, the tint behind it the
 * family of the system it works on (only the families this plan holds, each with its systems). */
export function PlanLegend({ families = [] }: { families?: readonly FamilyInPlan[] }) {
  return (
    <section class="plan-legend" aria-label="What the colours mean">
      <p class="legend-title">Bar: kind of work</p>
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
      {families.length > 0 && (
        <>
          <p class="legend-title">Tint: area</p>
          <ul class="legend-areas">
            {families.map((f) => (
              <li key={f.family}>
                <span class={`legend-tint area-${f.family}`} aria-hidden="true" />
                <span>
                  {f.name} <span class="legend-members">({f.areaNames.join('; ')})</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
