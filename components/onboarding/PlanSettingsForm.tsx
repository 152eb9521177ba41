import { saveErrorMessage } from '../../lib/domain/write-error-message';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EXAM_FEE } from '../../lib/domain/budget';
import type { DayKey } from '../../lib/domain/day';
import { attemptEligibility } from '../../lib/domain/eligibility';
import { profileOf, type ExamProfile } from '../../lib/domain/profiles';
import { BlockedDatesFieldset } from './BlockedDatesFieldset';
import type { PlanSettingsFields } from '../../lib/domain/planner/plan-settings-fields';
import { checkPlanDraft, type FieldProblem } from './check-plan-draft';
import { DeadlineFieldset } from './DeadlineFieldset';
import { ErrorSummary } from './ErrorSummary';
import { ExamFieldset } from './ExamFieldset';
import { PracticeFieldset } from './PracticeFieldset';
import { ScoreReportFieldset } from './ScoreReportFieldset';
import { SupportFieldset } from './SupportFieldset';
import { WeekHoursFieldset } from './WeekHoursFieldset';
import { LAST_STEP, movedStep, ONBOARDING_STEPS, stepOfField, type StepId } from './onboarding-steps';
import { PlanReady } from './PlanReady';
import { StepNav } from './StepNav';
import type { AttemptDraft, PlanDraft } from './plan-draft';
import { keptFieldsNote, refreshDraft } from './refresh-draft';
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
    values: PlanSettingsFields,
    attempts: AttemptDraft[],
    options: { refillToday: boolean },
  ) => Promise<PlanSaveResult>;
  /** The exam fee the student budgets, for what an expired eligibility period costs (lib/domain/budget). */
  examFeeUSD?: number;
  /** Offered once the plan is made: the new tab is where the plan is used. */
  onOpenNewTab?: () => void;
}

/** Focus the field itself, or the first control of a group. */
function focusField(field: string): void {
  const el = document.getElementById(field);
  const target = el?.tagName === 'FIELDSET' ? (el.querySelector<HTMLElement>('input, select') ?? el) : el;
  target?.focus();
}

/** The onboarding step whose panel holds a field (each panel carries data-step). */
const stepIdOf = (field: string) => document.getElementById(field)?.closest<HTMLElement>('[data-step]')?.dataset.step;

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
  onOpenNewTab,
}: PlanSettingsFormProps) {
  const [draft, setDraft] = useState(initial);
  // What the form first showed: a later `initial` (a log in another page changed the bank or the forms taken)
  // refreshes only the fields still as shown, and names the others (refresh-draft.ts).
  const shown = useRef(initial);
  const [elsewhere, setElsewhere] = useState('');
  const typed = useRef(draft);
  typed.current = draft;
  useEffect(() => {
    if (JSON.stringify(initial) === JSON.stringify(shown.current)) return;
    const refreshed = refreshDraft(typed.current, shown.current, initial);
    shown.current = initial;
    setDraft(refreshed.draft);
    setElsewhere(keptFieldsNote(refreshed.keptFields, initial));
  }, [initial]);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState('');
  const [done, setDone] = useState<{ summary: string; notes: string[] } | undefined>();
  const [hasPlan, setHasPlan] = useState(onboarded);
  const [busy, setBusy] = useState(false);
  const [refillToday, setRefillToday] = useState(false);
  const [checks, setChecks] = useState(0);
  // Before the first plan the form is short steps, one visible at a time; with a plan, every field at once.
  const [step, setStep] = useState(0);
  const [moves, setMoves] = useState(0);
  // Once "Create my plan" was tried, it stays on every step: a problem sends the student back to fix one field.
  const [tried, setTried] = useState(false);
  const stepped = !hasPlan;
  const stepRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const profile = profileOf(draft);
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
  // A move between steps puts the keyboard at the top of the new step, so it is read from its heading.
  useEffect(() => {
    if (moves > 0) stepRef.current?.querySelector<HTMLElement>(`[data-step]:not([hidden])`)?.focus();
  }, [moves]);

  const goTo = (next: number) => {
    setStep(next);
    setMoves((n) => n + 1);
  };
  /** Shows the step holding a field with a problem (before focusing it). */
  const showField = (field: string) => {
    if (stepped) setStep(stepOfField(stepIdOf(field), step));
  };
  useEffect(() => {
    if (done) successRef.current?.focus();
  }, [done]);

  const update = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;

  const report = (found: FieldProblem[]) => {
    setProblems(found);
    if (found[0]) showField(found[0].field);
    setChecks((n) => n + 1);
  };

  async function submit(event: Event) {
    event.preventDefault();
    // Enter (or Next) on an earlier step moves on; only the last step makes the plan.
    if (stepped && step < LAST_STEP && !tried) {
      goTo(movedStep(step, 1));
      return;
    }
    setTried(true);
    setFailure('');
    setDone(undefined);
    const checked = checkPlanDraft(draft, today, {
      schoolDeadline: initial.schoolDeadline,
      eligibilityEnd: initial.eligibilityEnd,
    });
    if (!checked.values) {
      report(checked.problems);
      return;
    }
    setBusy(true);
    try {
      const result = await onSave(checked.values, draft.attempts, { refillToday: hasPlan && refillToday });
      if (!result.ok) {
        report(result.problems);
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

  const panels: Record<StepId, preact.ComponentChildren> = {
    exam: (
      <>
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
      </>
    ),
    time: (
      <>
        <WeekHoursFieldset draft={draft} update={update} problemOf={problemOf} />
        <BlockedDatesFieldset
          dates={draft.blockedDates}
          today={today}
          onChange={(blockedDates) => update({ blockedDates })}
        />
      </>
    ),
    score: (
      <ScoreReportFieldset
        areas={profile.areas}
        bands={draft.bands}
        onChange={(id, band) => update({ bands: { ...draft.bands, [id]: band } })}
      />
    ),
    practice: (
      <PracticeFieldset
        draft={draft}
        forms={profile.selfAssessments}
        update={update}
        problemOf={problemOf}
        taken={takenForms}
      />
    ),
    people: <SupportFieldset draft={draft} update={update} problemOf={problemOf} />,
  };
  const saved = (
    <div role="status" class="plan-saved" tabIndex={-1} ref={successRef}>
      {done && <PlanReady {...done} planHref={planHref} onOpenNewTab={onboarded ? undefined : onOpenNewTab} />}
    </div>
  );

  return (
    <form class="plan-settings" noValidate aria-labelledby="plan-settings-title" onSubmit={submit}>
      <h2 id="plan-settings-title" class="form-title">
        {hasPlan ? 'Your plan settings' : 'Set up your retake plan'}
      </h2>
      <p class="lead">
        {hasPlan
          ? 'Change anything below and save: the plan is made again from tomorrow on. Past days, everything you have done or logged, and today stay as they are.'
          : 'Five short steps about your exam, your time and your score report, and Retake Coach lays out every day until the exam. It takes about five minutes; everything stays on this computer.'}
      </p>
      {hasPlan && !done && (
        <p>
          <a href={planHref}>See your whole plan</a>
        </p>
      )}
      {/* Just made: the news and the way to the new tab come first, above the settings that now follow. */}
      {!onboarded && saved}
      {elsewhere && <p class="hint plan-elsewhere">{elsewhere}</p>}
      <ErrorSummary problems={problems} onGo={showField} />
      {stepped && <StepNav current={step} onGo={goTo} />}
      <div class="form-steps" ref={stepRef}>
        {ONBOARDING_STEPS.map((s, i) => (
          <div
            key={s.id}
            data-step={s.id}
            class="form-step"
            hidden={stepped && i !== step}
            tabIndex={stepped ? -1 : undefined}
            aria-label={stepped ? `Step ${i + 1} of ${ONBOARDING_STEPS.length}: ${s.title}` : undefined}
            role={stepped ? 'group' : undefined}
          >
            {panels[s.id]}
          </div>
        ))}
      </div>
      {hasPlan && (
        <label class="check">
          <input type="checkbox" checked={refillToday} onChange={(e) => setRefillToday(e.currentTarget.checked)} />
          Make today's unfinished tasks again too (what you did today stays)
        </label>
      )}
      <div class="submit-row">
        {stepped && step > 0 && (
          <button type="button" onClick={() => goTo(movedStep(step, -1))}>
            Back
          </button>
        )}
        {stepped && step < LAST_STEP && (
          <button
            type={tried ? 'button' : 'submit'}
            class={tried ? undefined : 'primary'}
            onClick={tried ? () => goTo(movedStep(step, 1)) : undefined}
          >
            Next: {ONBOARDING_STEPS[step + 1]!.title}
          </button>
        )}
        {(!stepped || step === LAST_STEP || tried) && (
          <button type="submit" class="primary" disabled={busy}>
            {hasPlan ? 'Save changes' : 'Create my plan'}
          </button>
        )}
        {busy && <span class="hint">Making your plan...</span>}
      </div>
      {failure && <p role="alert">{failure}</p>}
      {onboarded && saved}
    </form>
  );
}
