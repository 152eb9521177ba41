import type { DayKey } from '../../lib/domain/day';
import { FREE_RESCHEDULE, laterDateCost, latestDayToSit } from '../../lib/domain/deadlines';
import type { Settings } from '../../lib/domain/settings';
import { FactList } from './FactList';
import './deadlines.css';

export interface LaterDateCostProps {
  settings: Pick<Settings, 'examDate' | 'schoolDeadline' | 'resultWeeks' | 'eligibilityEnd' | 'budget'>;
  today: DayKey;
}

/** What the choice "a later date" costs and means: the free-change cut-off, the eligibility period, the deadline. */
export function LaterDateCost({ settings, today }: LaterDateCostProps) {
  const latest =
    settings.schoolDeadline === ''
      ? null
      : latestDayToSit({ deadline: settings.schoolDeadline, resultWeeks: settings.resultWeeks, today });
  const cost = laterDateCost({
    examDate: settings.examDate,
    today,
    rescheduleFeeUSD: settings.budget.amounts.rescheduling ?? null,
    eligibilityEnd: settings.eligibilityEnd,
    schoolDeadline: settings.schoolDeadline,
    latestDay: latest?.day ?? null,
  });
  return (
    <details class="later-date-cost">
      <summary>What a later exam date would cost and mean</summary>
      {cost.sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
      <FactList facts={[['Free changes 46 or more days before the test, a Prometric fee after', FREE_RESCHEDULE]]} />
    </details>
  );
}
