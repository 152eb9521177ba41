import { saveErrorMessage } from '../../lib/domain/write-error-message';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EXAM_FEE } from '../../lib/domain/budget';
import type { DayKey } from '../../lib/domain/day';
import { attemptEligibility } from '../../lib/domain/eligibility';
import { examProfile, type ExamProfile } from '../../lib/domain/profiles';
import { BlockedDatesFieldset } from './BlockedDatesFieldset';
import { checkPlanDraft, type FieldProblem, type PlanFieldValues } from './check-plan-draft';
import { DeadlineFieldset } from './DeadlineFieldset';
import { ErrorSummary } from './ErrorSummary';
import { ExamFieldset } from './ExamFieldset';
import { PracticeFieldset } from './PracticeFieldset';
import { ScoreReportFieldset } from './ScoreReportFieldset';
import { SupportFieldset } from './SupportFieldset';
import { WeekHoursFieldset } from './WeekHoursFieldset';
import type { AttemptDraft, PlanDraft } from './plan-draft';
import './onboarding.css';

/** What a save gives back: the plan's notes on success, or the problems the service found (it writes nothing then). */
export type PlanSaveResult = { ok: true; summary: string; notes: string[] } | { ok: false; problems: FieldProblem[] };

export interface PlanSettingsFormProps {
  initial: PlanDraft;
  profiles: readonly ExamProfile[];
  today: DayKey;
  onboarded: boolean;
  /** Practice forms already logged (listed as taken). */
  takenForms?: readonly { formId: string; day: DayKey }[];
  /** The plan page, linked once a plan exists. */
  planHref: string;
  /** `refillToday`: the student asked for today's untouched tasks to be made again too. */
  onSave: (
    values: PlanFieldValues,
    attempts: AttemptDraft[],
    options: { refillToday: boolean },
  ) => Promise<PlanSaveResult>;
  /** The exam fee the student budgets, for what an expired eligibility period costs (lib/domain/budget). */
  examFeeUSD?: number;
}

/** Focus the field itself, or the first control of a group. */
function focusField(field: string): void {
  const el = document.getElementById(field);
  const target = el?.tagName === 'FIELDSET' ? (el.querySelector<HTMLElement>('input, select') ?? el) : el;
  target?.focus();
}

/** Onboarding and, once there is a plan, the same form to change what the plan is made from. */
export function PlanSettingsForm({
  initial,
  profiles,
  today,
  onboarded,
  takenForms,
  planHref,
  onSave,
  examFeeUSD = EXAM_FEE.usd,
}: PlanSettingsFormProps) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState('');
  const [done, setDone] = useState<{ summary: string; notes: string[] } | undefined>();
  const [hasPlan, setHasPlan] = useState(onboarded);
  const [busy, setBusy] = useState(false);
  const [refillToday, setRefillToday] = useState(false);
  const [checks, setChecks] = useState(0);
  const successRef = useRef<HTMLDivElement>(null);
  const profile = examProfile(draft.examId);
  const eligibility = useMemo(
    () =>
      attemptEligibility(
        profile.attemptPolicy,
        draft.attempts
          .filter((a) => a.date !== '')
          .map((a, i) => ({ id: String(i), examId: profile.id, date: a.date, outcome: a.outcome })),
        today,
      ),
    [profile, draft.attempts, today],
  );

  useEffect(() => {
    if (checks > 0 && problems[0]) focusField(problems[0].field);
  }, [checks]);
  useEffect(() => {
    if (done) successRef.current?.focus();
  }, [done]);

  const update = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;

  async function submit(event: Event) {
    event.preventDefault();
    setFailure('');
    setDone(undefined);
    const checked = checkPlanDraft(draft, today, {
      schoolDeadline: initial.schoolDeadline,
      eligibilityEnd: initial.eligibilityEnd,
    });
    if (!checked.values) {
      setProblems(checked.problems);
      setChecks((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const result = await onSave(checked.values, draft.attempts, { refillToday: hasPlan && refillToday });
      if (!result.ok) {
        setProblems(result.problems);
        setChecks((n) => n + 1);
        return;
      }
      setProblems([]);
      setHasPlan(true);
      setDone({ summary: result.summary, notes: result.notes });
    } catch (e) {
      setFailure(saveErrorMessage(e, 'Saving your plan'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="plan-settings" noValidate aria-labelledby="plan-settings-title" onSubmit={submit}>
      <h2 id="plan-settings-title" class="form-title">
        {hasPlan ? 'Your plan settings' : 'Set up your retake plan'}
      </h2>
      <p class="lead">
        {hasPlan
          ? 'Change anything below and save: the plan is made again from tomorrow on. Past days, everything you have done or logged, and today stay as they are.'
          : 'A few answers about your exam, your time and your score report, and Retake Coach lays out every day until the exam. It takes about five minutes; everything stays on this computer.'}
      </p>
      {hasPlan && !done && (
        <p>
          <a href={planHref}>See your whole plan</a>
        </p>
      )}
      <ErrorSummary problems={problems} />
      <ExamFieldset
        draft={draft}
        profiles={profiles}
        eligibility={eligibility}
        today={today}
        update={update}
        problemOf={problemOf}
      />
      <DeadlineFieldset
        draft={draft}
        earliestAttempt={eligibility.earliestNextDate}
        today={today}
        examFeeUSD={examFeeUSD}
        update={update}
        problemOf={problemOf}
      />
      <WeekHoursFieldset draft={draft} update={update} problemOf={problemOf} />
      <BlockedDatesFieldset
        dates={draft.blockedDates}
        today={today}
        onChange={(blockedDates) => update({ blockedDates })}
      />
      <ScoreReportFieldset
        areas={profile.areas}
        bands={draft.bands}
        onChange={(id, band) => update({ bands: { ...draft.bands, [id]: band } })}
      />
      <PracticeFieldset
        draft={draft}
        forms={profile.selfAssessments}
        update={update}
        problemOf={problemOf}
        taken={takenForms}
      />
      <SupportFieldset draft={draft} update={update} problemOf={problemOf} />
      {hasPlan && (
        <label class="check">
          <input type="checkbox" checked={refillToday} onChange={(e) => setRefillToday(e.currentTarget.checked)} />
          Make today's unfinished tasks again too (what you did today stays)
        </label>
      )}
      <div class="submit-row">
        <button type="submit" class="primary" disabled={busy}>
          {hasPlan ? 'Save changes' : 'Create my plan'}
        </button>
        {busy && <span class="hint">Making your plan...</span>}
      </div>
      {failure && <p role="alert">{failure}</p>}
      <div role="status" class="plan-saved" tabIndex={-1} ref={successRef}>
        {done && (
          <>
            <p>
              <strong>{done.summary}</strong> <a href={planHref}>See your whole plan</a>
            </p>
            {done.notes.map((note) => (
              <p key={note} class="hint">
                {note}
              </p>
            ))}
          </>
        )}
      </div>
    </form>
  );
}
