import { dayMonth, minutesText, PHASE_NAMES } from './plan-format';
import { PlanDayCard } from './PlanDayCard';
import type { PlanWeekView } from './plan-weeks';

/** A week: its dates and phase in the heading, then its days. */
export function PlanWeek({ week }: { week: PlanWeekView }) {
  const first = week.days[0]!.day;
  const last = week.days[week.days.length - 1]!.day;
  const id = `week-${week.start}`;
  const phases = week.phases.map((p) => PHASE_NAMES[p]).join(' → ');
  const totals = [
    week.minutes > 0 ? minutesText(week.minutes) : '',
    week.questions > 0 ? `${week.questions} questions` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <section class="plan-week" aria-labelledby={id}>
      <h2 id={id} class="plan-week-head">
        <span>
          {dayMonth(first)} – {dayMonth(last)}
        </span>
        {phases && <span class="plan-phase">{phases}</span>}
        {totals && <span class="plan-week-totals">{totals}</span>}
      </h2>
      <ol class="plan-days">
        {week.days.map((d) => (
          <PlanDayCard key={d.day} view={d} />
        ))}
      </ol>
    </section>
  );
}
