import type { DayKey } from '../../lib/domain/day';
import {
  deadlineNotices,
  ELIGIBILITY_EXTENSION,
  latestDayToSit,
  NO_TESTING,
  RESULT_WEEKS,
  SLOW_RESULTS,
} from '../../lib/domain/deadlines';
import { FactList } from './FactList';
import './deadlines.css';
import { dayLabelWithYear } from '../../lib/domain/format/day-words';

export interface DeadlineStatusProps {
  examDate: DayKey | '';
  schoolDeadline: DayKey | '';
  resultWeeks: number;
  eligibilityEnd: DayKey | '';
  /** The first day the attempt rules allow (lib/domain/eligibility.ts). */
  earliestAttempt: DayKey | null;
  today: DayKey;
  examFeeUSD: number;
}

const TIMING_FACTS = [
  ['Most results within 4 weeks; a school page says up to 6', RESULT_WEEKS],
  ['No testing 1-14 January', NO_TESTING],
  ['Results for early-May-to-mid-June tests in the second week of July', SLOW_RESULTS],
] as const;

/**
 * "Latest day to sit" with how it is worked out, and the notices when the exam date does not fit the school's
 * deadline or the eligibility period. The notices live in a status region that is there (empty) from the start, so a
 * screen reader hears them when a changed date brings them.
 */
export function DeadlineStatus(props: DeadlineStatusProps) {
  const { schoolDeadline, resultWeeks, today } = props;
  const latest = schoolDeadline === '' ? null : latestDayToSit({ deadline: schoolDeadline, resultWeeks, today });
  const notices = deadlineNotices({ ...props, latest });
  const outside = notices.some((n) => n.kind === 'outside-eligibility');
  return (
    <div class="deadline-status">
      {latest && (
        <>
          <p class="latest-day">
            Latest day to sit: <strong>{latest.day ? dayLabelWithYear(latest.day) : 'none from today'}</strong>
          </p>
          <details class="latest-day-why">
            <summary>How this date is worked out</summary>
            {latest.reasons.map((r) => (
              <p key={r}>{r}</p>
            ))}
            <FactList facts={TIMING_FACTS} />
          </details>
        </>
      )}
      <div role="status" class="deadline-notices">
        {notices.map((n) => (
          <div key={n.kind} class={`deadline-notice notice-${n.kind}`}>
            {n.sentences.map((s) => (
              <p key={s}>{s}</p>
            ))}
          </div>
        ))}
        {outside && <FactList facts={[['The one-time extension and its fee', ELIGIBILITY_EXTENSION]]} />}
      </div>
    </div>
  );
}
