import { dayLabelWithYear } from '../../lib/domain/format/day-words';
import type { DayKey } from '../../lib/domain/day';
import type { Eligibility } from '../../lib/domain/eligibility';
import { latestExamDate } from '../../lib/domain/limits';
import { attemptRulesOrigin, type FactOrigin } from '../../lib/domain/fact-origin';
import type { ExamProfile } from '../../lib/domain/profiles';
import { FactSource } from '../facts/FactSource';
import { described, FieldMessage, type ProblemOf } from './field-message';
import type { AttemptDraft, PlanDraft } from './plan-draft';

export interface ExamFieldsetProps {
  draft: PlanDraft;
  profiles: readonly ExamProfile[];
  /** From the attempt dates entered; shown while the exam is not booked. */
  eligibility: Eligibility;
  today: DayKey;
  update: (patch: Partial<PlanDraft>) => void;
  problemOf: ProblemOf;
}

/** The exam, its date (or the target date while not booked) and the past attempts the rules count. */
export function ExamFieldset({ draft, profiles, eligibility, today, update, problemOf }: ExamFieldsetProps) {
  const setAttempt = (i: number, patch: Partial<AttemptDraft>) =>
    update({ attempts: draft.attempts.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return (
    <section class="onboarding-section" aria-labelledby="exam-heading">
      <h2 id="exam-heading">Your exam</h2>
      <div class="field-row">
        <div class="field">
          <label for="exam">Exam</label>
          <select id="exam" value={draft.examId} onChange={(e) => update({ examId: e.currentTarget.value })}>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.completeness === 'partial' ? `${p.name} (partial data)` : p.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="exam-date">Exam date</label>
          <input
            id="exam-date"
            type="date"
            min={today}
            max={latestExamDate(today)}
            value={draft.examDate}
            onInput={(e) => update({ examDate: e.currentTarget.value })}
            {...described('exam-date', problemOf, 'exam-date-hint')}
          />
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={draft.notBooked}
            onChange={(e) => update({ notBooked: e.currentTarget.checked })}
          />
          Not booked yet
        </label>
      </div>
      <p class="hint" id="exam-date-hint">
        {draft.notBooked
          ? 'While the exam is not booked, the date is the day you are aiming for; you can change it once you book.'
          : 'The day you sit the exam; the plan ends the day before, with rest.'}
      </p>
      <FieldMessage field="exam-date" problemOf={problemOf} />
      {profiles.find((p) => p.id === draft.examId)?.completeness === 'partial' && (
        <p class="hint warning-note">
          This exam has partial data in Retake Coach: its content areas or practice exams may be missing, so the plan is
          rougher than for USMLE Step 1.
        </p>
      )}

      <fieldset id="attempts" class="attempts" tabIndex={-1} {...described('attempts', problemOf)}>
        <legend>Past attempts</legend>
        <p class="hint">Each time you sat this exam and did not pass. The attempt rules count them.</p>
        {draft.attempts.map((a, i) => (
          <div class="attempt-row" key={i}>
            <label class="field">
              Attempt {i + 1} date
              <input
                type="date"
                max={today}
                value={a.date}
                onInput={(e) => setAttempt(i, { date: e.currentTarget.value })}
              />
            </label>
            <label class="field">
              Result
              <select
                value={a.outcome}
                onChange={(e) =>
                  setAttempt(i, { outcome: e.currentTarget.value === 'incomplete' ? 'incomplete' : 'fail' })
                }
              >
                <option value="fail">Not passed</option>
                <option value="incomplete">Incomplete</option>
              </select>
            </label>
            <button type="button" onClick={() => update({ attempts: draft.attempts.filter((_, j) => j !== i) })}>
              Remove attempt {i + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => update({ attempts: [...draft.attempts, { date: '', outcome: 'fail' }] })}>
          Add a past attempt
        </button>
        <FieldMessage field="attempts" problemOf={problemOf} />
        {draft.notBooked && (
          <EligibilityNote
            eligibility={eligibility}
            rules={attemptRulesOrigin(profiles.find((p) => p.id === draft.examId) ?? { asOf: '', attemptPolicy: null })}
          />
        )}
      </fieldset>
    </section>
  );
}

function EligibilityNote({ eligibility, rules }: { eligibility: Eligibility; rules: FactOrigin | null }) {
  const lead = eligibility.earliestNextDate
    ? `Earliest date the attempt rules allow: ${dayLabelWithYear(eligibility.earliestNextDate)}.`
    : 'The attempt rules allow no further attempt.';
  return (
    <div class="eligibility" role="status">
      <p>
        <strong>{lead}</strong>
      </p>
      {eligibility.explanation.map((line) => (
        <p key={line} class="hint">
          {line}
        </p>
      ))}
      {rules && <FactSource origin={rules} about="the attempt rules" />}
    </div>
  );
}
