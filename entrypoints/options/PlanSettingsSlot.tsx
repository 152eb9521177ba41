import { useEffect, useRef, useState } from 'preact/hooks';
import { plannerProblems } from '../../components/onboarding/check-plan-draft';
import { draftFromSettings } from '../../components/onboarding/plan-draft';
import { PlanSettingsForm, type PlanSaveResult } from '../../components/onboarding/PlanSettingsForm';
import { PLAN_SETTINGS_READ, touches } from '../../lib/db/read-scopes';
import { EXAM_FEE } from '../../lib/domain/budget';
import { examProfiles } from '../../lib/domain/profiles';
import { onChange } from '../../lib/platform/change-channel';
import type { ServiceContext } from '../../lib/services/context';
import { pageContext } from '../../lib/services/page-context';
import { StaleWriteError } from '../../lib/services/settings-section';
import {
  PlanInputError,
  readPlanSettings,
  savePlanSettings,
  type PlanSettingsData,
} from '../../lib/services/save-plan-settings';

const PLAN_HREF = '/plan.html';

/** Onboarding on the first run, the plan's settings afterwards; wired to the save service. */
export function PlanSettingsSlot() {
  const [loaded, setLoaded] = useState<{ ctx: ServiceContext; data: PlanSettingsData } | undefined>();
  const [error, setError] = useState('');
  // A save refused because another tab saved first: said above the form, which then shows the saved settings.
  const [stale, setStale] = useState('');
  const reloadRef = useRef<() => Promise<void>>(async () => {});
  // The updatedAt of the record the form shows (or just saved), so that only another page's write (a backup import,
  // a save in another tab) reloads the form; a stale form must never save over newer settings.
  const shown = useRef('');
  const loadedOnce = useRef(false);
  useEffect(() => {
    let stop = () => {};
    pageContext()
      .then(async (ctx) => {
        const reload = async () => {
          const data = await readPlanSettings(ctx);
          if (loadedOnce.current && data.settings.updatedAt === shown.current) return;
          loadedOnce.current = true;
          shown.current = data.settings.updatedAt;
          setLoaded({ ctx, data });
        };
        reloadRef.current = reload;
        await reload();
        stop = onChange(({ stores }) => {
          if (touches(stores, PLAN_SETTINGS_READ)) void reload();
        });
      })
      .catch(() => setError('Could not read your settings. Reopen this page to try again.'));
    return () => stop();
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!loaded) return null;
  const { ctx, data } = loaded;
  return (
    <>
      {stale && (
        <p role="alert" class="slot-note">
          {stale}
        </p>
      )}
      <PlanSettingsForm
        key={data.settings.updatedAt}
        initial={draftFromSettings(data.settings, data.attempts, data.onboarded)}
        profiles={examProfiles}
        today={data.today}
        onboarded={data.onboarded}
        takenForms={data.takenForms}
        planHref={PLAN_HREF}
        examFeeUSD={data.settings.budget.amounts.examFee ?? EXAM_FEE.usd}
        onSave={async (values, attempts, options): Promise<PlanSaveResult> => {
          try {
            const outcome = await savePlanSettings(
              ctx,
              values,
              attempts.map((a) => ({ ...a })),
              { ...options, readUpdatedAt: shown.current },
            );
            shown.current = outcome.updatedAt;
            setStale('');
            const summary = outcome.created
              ? `Your plan is ready: ${outcome.plannedTasks} tasks from today to the day before your exam.`
              : `Saved. Your plan ahead is made again (${outcome.plannedTasks} tasks); past days, your logs and ${options.refillToday ? "today's done work" : 'today'} stay.`;
            return { ok: true, summary, notes: outcome.warnings.map((w) => w.message) };
          } catch (e) {
            if (e instanceof PlanInputError) return { ok: false, problems: plannerProblems(e.problems) };
            if (e instanceof StaleWriteError) {
              setStale(e.message);
              void reloadRef.current();
            }
            throw e;
          }
        }}
      />
    </>
  );
}
