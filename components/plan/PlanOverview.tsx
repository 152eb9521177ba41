import { dayMonth, daySpanLabel } from '../../lib/domain/format/day-words';
import { formatMinutes } from '../../lib/domain/format/duration-words';
import { PHASE_NAMES } from './plan-format';
import type { DayKey } from '../../lib/domain/day';
import type { Task } from '../../lib/domain/types';
import type { PlanWeekView } from './plan-weeks';

const isSitting = (t: Task) => t.kind === 'practice-exam' || t.kind === 'practice-exam-part';

/** The coming weeks in one table: the month ahead at a glance, each row linking to its week below. */
export function PlanOverview({
  weeks,
  formName,
}: {
  weeks: PlanWeekView[];
  formName: (formId: string) => string | undefined;
}) {
  // A form sat in parts is written with all its days, as the timeline writes it, in each week that has a part.
  const sittings = new Map<string, { first: DayKey; last: DayKey }>();
  const nameOf = (t: Task) => (t.formId && formName(t.formId)) || t.title;
  for (const d of weeks.flatMap((w) => w.days))
    for (const t of d.tasks.filter(isSitting)) {
      const known = sittings.get(nameOf(t));
      if (known) known.last = d.day;
      else sittings.set(nameOf(t), { first: d.day, last: d.day });
    }
  return (
    // On a narrow window the table scrolls inside its own box (reachable by keyboard), never the page.
    <div class="plan-overview-wrap" role="region" aria-label="The weeks ahead, as a table" tabIndex={0}>
      <table class="plan-overview">
        <caption>The weeks ahead</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Phase</th>
            <th scope="col">Study time</th>
            <th scope="col">Questions</th>
            <th scope="col">Practice exams</th>
            <th scope="col">Days off</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => {
            const names = [...new Set(w.days.flatMap((d) => d.tasks.filter(isSitting).map(nameOf)))];
            const exams = names.map((name) => {
              const { first, last } = sittings.get(name)!;
              return `${daySpanLabel(first, last)}: ${name}`;
            });
            const off = w.days.filter((d) => d.kind === 'off' || d.kind === 'blocked' || d.kind === 'rest').length;
            return (
              <tr key={w.start} class={exams.length > 0 ? 'has-exam' : undefined}>
                <th scope="row">
                  <a href={`#week-${w.start}`}>
                    {dayMonth(w.days[0]!.day)} – {dayMonth(w.days[w.days.length - 1]!.day)}
                  </a>
                </th>
                <td>{w.phases.map((p) => PHASE_NAMES[p]).join(' → ')}</td>
                <td>{w.minutes > 0 ? formatMinutes(w.minutes) : '–'}</td>
                <td>{w.questions > 0 ? w.questions : '–'}</td>
                <td>{exams.length > 0 ? exams.join('; ') : '–'}</td>
                <td>{off}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
