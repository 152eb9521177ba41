import type { ContentArea } from '../../lib/domain/profiles';
import type { Band } from '../../lib/domain/types';
import { BreakableText } from './BreakableText';
import { foldRecurring } from './fold-recurring';
import { dayMonth } from '../../lib/domain/format/day-words';
import { formatMinutes } from '../../lib/domain/format/duration-words';
import { PHASE_NAMES } from './plan-format';
import { PlanDayCard } from './PlanDayCard';
import type { PlanWeekView } from './plan-weeks';
import { taskGroup } from './task-groups';

/** A week: its dates and phase in the heading, the lines it repeats said once, then its days. */
export function PlanWeek({
  week: whole,
  bands = {},
  areas = [],
}: {
  week: PlanWeekView;
  bands?: Readonly<Record<string, Band>>;
  areas?: readonly ContentArea[];
}) {
  const { folded, week } = foldRecurring(whole);
  const first = week.days[0]!.day;
  const last = week.days[week.days.length - 1]!.day;
  const id = `week-${week.start}`;
  const phases = week.phases.map((p) => PHASE_NAMES[p]).join(' → ');
  const totals = [
    week.minutes > 0 ? formatMinutes(week.minutes) : '',
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
      {folded.length > 0 && (
        <ul class="plan-folded">
          {folded.map((f) => (
            <li key={f.title} class={`plan-task group-${taskGroup(f.kind)}`}>
              <span class="plan-task-title">
                <BreakableText text={f.title} />
              </span>{' '}
              <span class="plan-task-amount">
                {formatMinutes(f.minutes)} on {f.days} days{f.done > 0 ? ` · done on ${f.done}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ol class="plan-days">
        {week.days.map((d) => (
          <PlanDayCard key={d.day} view={d} bands={bands} areas={areas} />
        ))}
      </ol>
    </section>
  );
}
