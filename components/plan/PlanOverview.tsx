import { dayMonth } from '../../lib/domain/format/day-words';
import { formatMinutes } from '../../lib/domain/format/duration-words';
import { PHASE_NAMES } from './plan-format';
import type { PlanWeekView } from './plan-weeks';

/** The coming weeks in one table: the month ahead at a glance, each row linking to its week below. */
export function PlanOverview({
  weeks,
  formName,
}: {
  weeks: PlanWeekView[];
  formName: (formId: string) => string | undefined;
}) {
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
            const exams = w.days.flatMap((d) =>
              d.tasks
                .filter((t) => t.kind === 'practice-exam')
                .map((t) => `${dayMonth(d.day)}: ${(t.formId && formName(t.formId)) || t.title}`),
            );
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
