import { FactSource } from '../facts/FactSource';
import { dayLabelWithYear } from '../../lib/domain/format/day-words';
import type { StandingView } from './standing-view';
import './standing.css';

/** Where I stand: readiness in plain words, the decision when the reschedule deadline is near, and attempts. */
export function StandingPanel({ view, examName }: { view: StandingView; examName: string }) {
  const { readiness, eligibility } = view;
  return (
    <section class="standing" aria-labelledby="standing-title">
      <h2 id="standing-title">Where you stand</h2>
      <div class="standing-part">
        <h3>Readiness</h3>
        {readiness.sentences.map((s) => (
          <p key={s}>{s}</p>
        ))}
        {readiness.decision && (
          <div class="standing-decision">
            <p>
              <strong>
                Your reschedule deadline is {readiness.decision.deadline}, {readiness.decision.daysLeft} days away.
              </strong>{' '}
              Your results are below the level you set, so this is a good week to decide calmly. Your options:
            </p>
            <ul>
              {readiness.decision.options.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div class="standing-part">
        <h3>Attempts at {examName}</h3>
        {eligibility.explanation.map((e) => (
          <p key={e}>{e}</p>
        ))}
        {eligibility.earliestNextDate && (
          <p>Earliest next sitting the rules allow: {dayLabelWithYear(eligibility.earliestNextDate)}.</p>
        )}
        {view.attemptRules && <FactSource origin={view.attemptRules} about="the attempt rules" />}
        {view.schoolDeadline && <p class="standing-school">{view.schoolDeadline}</p>}
      </div>
    </section>
  );
}
