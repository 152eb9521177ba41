import { isDayKey, type DayKey } from '../../lib/domain/day';
import { RESULT_WEEKS, RESULT_WEEKS_RANGE } from '../../lib/domain/deadlines';
import { DeadlineStatus } from '../deadlines/DeadlineStatus';
import { described, FieldMessage, type ProblemOf } from './field-message';
import type { PlanDraft } from './plan-draft';

export interface DeadlineFieldsetProps {
  draft: PlanDraft;
  /** The first day the attempt rules allow, from the attempts entered above. */
  earliestAttempt: DayKey | null;
  today: DayKey;
  examFeeUSD: number;
  update: (patch: Partial<PlanDraft>) => void;
  problemOf: ProblemOf;
}

const weeksTyped = (text: string): number | null => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= RESULT_WEEKS_RANGE.min && n <= RESULT_WEEKS_RANGE.max
    ? n
    : null;
};

/** The school's deadline, the weeks a result takes, the eligibility period's end, and what follows from them. */
export function DeadlineFieldset({
  draft,
  earliestAttempt,
  today,
  examFeeUSD,
  update,
  problemOf,
}: DeadlineFieldsetProps) {
  const weeks = weeksTyped(draft.resultWeeks);
  return (
    <section class="onboarding-section" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">The dates that matter (optional)</h2>
      <p class="hint">
        Most schools want a pass by a set date, and a result takes weeks to come back. With your school's deadline,
        Retake Coach works out the latest day you can sit.
      </p>
      <div class="field-row">
        <div class="field">
          <label for="school-deadline">School deadline to pass</label>
          <input
            id="school-deadline"
            type="date"
            value={draft.schoolDeadline}
            onInput={(e) => update({ schoolDeadline: e.currentTarget.value })}
            {...described('school-deadline', problemOf)}
          />
        </div>
        <div class="field">
          <label for="result-weeks">Weeks to allow for results</label>
          <input
            id="result-weeks"
            type="number"
            inputMode="numeric"
            min={RESULT_WEEKS_RANGE.min}
            max={RESULT_WEEKS_RANGE.max}
            value={draft.resultWeeks}
            onInput={(e) => update({ resultWeeks: e.currentTarget.value })}
            {...described('result-weeks', problemOf, 'result-weeks-hint')}
          />
        </div>
        <div class="field">
          <label for="eligibility-end">Eligibility period ends</label>
          <input
            id="eligibility-end"
            type="date"
            value={draft.eligibilityEnd}
            onInput={(e) => update({ eligibilityEnd: e.currentTarget.value })}
            {...described('eligibility-end', problemOf, 'eligibility-end-hint')}
          />
        </div>
      </div>
      <p class="hint" id="result-weeks-hint">
        Most results come within {RESULT_WEEKS.typical} weeks; {RESULT_WEEKS.planFor} leaves room for a slow one.
      </p>
      <p class="hint" id="eligibility-end-hint">
        The last day of the 3-month window on your scheduling permit.
      </p>
      <FieldMessage field="school-deadline" problemOf={problemOf} />
      <FieldMessage field="result-weeks" problemOf={problemOf} />
      <FieldMessage field="eligibility-end" problemOf={problemOf} />
      <DeadlineStatus
        examDate={isDayKey(draft.examDate) ? draft.examDate : ''}
        schoolDeadline={isDayKey(draft.schoolDeadline) && weeks !== null ? draft.schoolDeadline : ''}
        resultWeeks={weeks ?? RESULT_WEEKS.planFor}
        eligibilityEnd={isDayKey(draft.eligibilityEnd) ? draft.eligibilityEnd : ''}
        earliestAttempt={earliestAttempt}
        today={today}
        examFeeUSD={examFeeUSD}
      />
    </section>
  );
}
