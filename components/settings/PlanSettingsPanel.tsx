import { useEffect, useRef, useState } from 'preact/hooks';
import { EXAM_FEE } from '../../lib/domain/budget';
import type { PlanInputProblem } from '../../lib/domain/planner';
import { examProfiles } from '../../lib/domain/profiles';
import { plannerProblems } from '../onboarding/check-plan-draft';
import { draftFromSettings } from '../onboarding/plan-draft';
import { PlanSettingsForm, type PlanSaveResult } from '../onboarding/PlanSettingsForm';
import type { PlanSettingsData, SavePlanOutcome } from '../../lib/domain/planner/plan-settings-fields';
import type { PlanSettingsSource } from './section-source';

/** What the form says after a save: the first plan, or the future made again. */
export function planSavedSummary(outcome: SavePlanOutcome, refillToday: boolean): string {
  return outcome.created
    ? `Your plan is ready: ${outcome.plannedTasks} tasks from today to the day before your exam.`
    : `Saved. Your plan ahead is made again (${outcome.plannedTasks} tasks); past days, your logs and ${refillToday ? "today's done work" : 'today'} stay.`;
}

const isRefusedInput = (e: unknown): e is Error & { problems: PlanInputProblem[] } =>
  e instanceof Error && e.name === 'PlanInputError' && 'problems' in e;

/**
 * Onboarding on the first run, the plan's settings afterwards. `onPlan` hears whether a plan exists (on the first
 * read, and when "Create my plan" makes one), so that the page shows the other settings only then.
 */
export function PlanSettingsPanel({
  source,
  planHref,
  onPlan,
}: {
  source: PlanSettingsSource;
  planHref: string;
  onPlan?: (exists: boolean) => void;
}) {
  const [data, setData] = useState<PlanSettingsData | undefined>();
  const [error, setError] = useState('');
  // A save refused because another tab saved first: said above the form, which then shows the saved settings.
  const [stale, setStale] = useState('');
  // The updatedAt of the record the form shows (or just saved), so that only another page's settings write (a backup
  // import, a save in another tab) makes the form again; a stale form must never save over newer settings. A log in
  // another page (the bank left, the forms taken) only refreshes the fields the student has not touched.
  const shown = useRef('');
  const loadedOnce = useRef(false);
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    const next = await source.read();
    if (loadedOnce.current && next.settings.updatedAt !== shown.current) setGeneration((n) => n + 1);
    loadedOnce.current = true;
    shown.current = next.settings.updatedAt;
    setData(next);
    onPlan?.(next.onboarded);
  };
  useEffect(() => {
    reload().catch(() => setError('Could not read your settings. Reopen this page to try again.'));
    return source.subscribe(() => void reload().catch(() => undefined));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return null;
  return (
    <>
      {stale && (
        <p role="alert" class="slot-note">
          {stale}
        </p>
      )}
      <PlanSettingsForm
        key={generation}
        initial={draftFromSettings(data.settings, data.attempts, data.onboarded)}
        profiles={examProfiles}
        today={data.today}
        onboarded={data.onboarded}
        takenForms={data.takenForms}
        planHref={planHref}
        examFeeUSD={data.settings.budget.amounts.examFee ?? EXAM_FEE.usd}
        onOpenNewTab={() => void source.openNewTab()}
        onSave={async (values, attempts, options): Promise<PlanSaveResult> => {
          try {
            const outcome = await source.save(
              values,
              attempts.map((a) => ({ ...a })),
              { ...options, readUpdatedAt: shown.current },
            );
            shown.current = outcome.updatedAt;
            setStale('');
            // What was stored becomes what the form was shown (same record, so it is not made again): a log in
            // another page afterwards then refreshes the fields just saved too, such as the bank left.
            void reload().catch(() => undefined);
            if (outcome.created) onPlan?.(true);
            return {
              ok: true,
              summary: planSavedSummary(outcome, options.refillToday),
              notes: outcome.warnings.map((w) => w.message),
            };
          } catch (e) {
            if (isRefusedInput(e)) return { ok: false, problems: plannerProblems(e.problems) };
            if (e instanceof Error && e.name === 'StaleWriteError') {
              setStale(e.message);
              void reload();
            }
            throw e;
          }
        }}
      />
    </>
  );
}
