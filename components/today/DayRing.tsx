import { formatMinutes } from '../../lib/domain/format/duration-words';

/** Today's studied minutes against the plan as a ring, named for screen readers by the same figures in words. */
export function DayRing({ done, planned, size }: { done: number; planned: number; size: number }) {
  const share = planned > 0 ? Math.min(1, done / planned) : 0;
  const r = 42;
  const length = 2 * Math.PI * r;
  return (
    <svg
      class="day-ring"
      width={size}
      height={size}
      viewBox="0 0 100 100"
      role="img"
      aria-label={`Today's progress: ${formatMinutes(done)} of ${formatMinutes(planned)} studied`}
    >
      <circle class="day-ring-track" cx="50" cy="50" r={r} />
      {share > 0 && (
        <circle
          class="day-ring-done"
          cx="50"
          cy="50"
          r={r}
          stroke-dasharray={`${share * length} ${length}`}
          transform="rotate(-90 50 50)"
        />
      )}
      <text x="50" y="50" class="day-ring-text" aria-hidden="true">
        {Math.round(share * 100)}%
      </text>
    </svg>
  );
}
