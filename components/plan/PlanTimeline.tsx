import { dayLabel, daySpanLabel } from '../../lib/domain/format/day-words';
import { PHASE_NAMES } from './plan-format';
import type { PlanTimelineView } from './plan-timeline';

const percent = (at: number) => `${(at * 100).toFixed(2)}%`;

/**
 * The plan in one strip: its phases in proportion to their days, the practice exams as marks, today as a line. The
 * strip is a picture; the same facts are in the list under it (and the weeks below), which screen readers read.
 */
export function PlanTimeline({ view }: { view: PlanTimelineView }) {
  if (view.spans.length === 0) return null;
  return (
    <section class="plan-timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">From the first day to the exam</h2>
      <div class="timeline-strip" aria-hidden="true">
        <div class="timeline-phases">
          {view.spans.map((s) => (
            <div key={s.from} class={`timeline-phase phase-${s.phase}`} style={{ flexGrow: s.days }}>
              <span>{PHASE_NAMES[s.phase]}</span>
            </div>
          ))}
          {view.examDay && <div class="timeline-exam">Exam</div>}
        </div>
        {view.marks.map((m) => (
          <span key={m.name} class="timeline-mark" style={{ left: percent(m.at) }} />
        ))}
        {view.today !== null && <span class="timeline-today" style={{ left: percent(view.today) }} />}
      </div>
      <ul class="timeline-facts">
        {view.spans.map((s) => (
          <li key={s.from} class={`fact-phase phase-${s.phase}`}>
            <strong>{PHASE_NAMES[s.phase]}</strong> {dayLabel(s.from)} – {dayLabel(s.to)}
          </li>
        ))}
        {view.marks.map((m) => (
          <li key={m.name} class="fact-exam">
            <strong>{m.name}</strong> {daySpanLabel(m.day, m.last)}
          </li>
        ))}
        {view.examDay && (
          <li class="fact-final">
            <strong>Exam</strong> {dayLabel(view.examDay)}
          </li>
        )}
      </ul>
    </section>
  );
}
