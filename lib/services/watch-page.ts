// A whole-page read kept current: replan missed days first (as the new tab does, so "done vs planned" counts the
// plan as it now stands), read, show, and read and show again whenever another page or the worker writes. The plan
// and progress pages use it the way the new tab uses todaySource: the entrypoint only renders what it is given.
import { PLAN_READ, PROGRESS_READ, touches } from '../db/read-scopes';
import type { StoreName } from '../db/schema';
import { readPlan, type StoredPlan } from '../db/read-plan';
import { readProgress, type ProgressData } from '../db/read-progress';
import type { DayKey } from '../domain/day';
import { planDayOf } from '../domain/settings';
import { onChange } from '../platform/change-channel';
import type { ServiceContext } from './context';
import { pageContext } from './page-context';
import { replanIfNeeded } from './replan-if-needed';
import { setAsideUnreadable } from './set-aside-records';

export type PlanPageData = StoredPlan & { today: DayKey };
export type ProgressPageData = ProgressData & { today: DayKey };

/** `failed` runs when a read or a render fails (a record the page cannot read): the page shows its fallback. */
async function watch<T>(
  scope: readonly StoreName[],
  read: (ctx: ServiceContext) => Promise<T>,
  show: (data: T) => void,
  context: () => Promise<ServiceContext>,
  failed: () => void,
): Promise<() => void> {
  const ctx = await context();
  await replanIfNeeded(ctx).catch(() => undefined);
  const refresh = async () => show(await read(ctx));
  await refresh();
  // Only a write to a store the page's read covers: the new tab recording its message (the app state) is not one.
  return onChange(({ stores }) => {
    if (touches(stores, scope)) void refresh().catch(failed);
  });
}

/**
 * A read that met records it could not read moves them into the quarantine (whole, with why) and reads again, so the
 * page and every later read run on the good records. If that write fails, the page shows the first read, which left
 * them out and counts them.
 */
async function readGood<T extends { unreadable: number }>(ctx: ServiceContext, read: () => Promise<T>): Promise<T> {
  const first = await read();
  if (first.unreadable === 0) return first;
  const setAside = await setAsideUnreadable(ctx).catch(() => []);
  return setAside.length > 0 ? read() : first;
}

/** The plan page: every task with the settings, and the plan day. Resolves to the unsubscribe. */
export function watchPlan(
  show: (plan: PlanPageData) => void,
  context = pageContext,
  failed: () => void = () => undefined,
): Promise<() => void> {
  return watch(
    PLAN_READ,
    async (ctx) => {
      const plan = await readGood(ctx, () => readPlan(ctx.db));
      return { ...plan, today: planDayOf(ctx.now(), plan.settings) };
    },
    show,
    context,
    failed,
  );
}

/** The progress page: the history it charts, and the plan day. Resolves to the unsubscribe. */
export function watchProgress(
  show: (data: ProgressPageData) => void,
  context = pageContext,
  failed: () => void = () => undefined,
): Promise<() => void> {
  return watch(
    PROGRESS_READ,
    async (ctx) => {
      const data = await readGood(ctx, () => readProgress(ctx.db));
      return { ...data, today: planDayOf(ctx.now(), data.settings) };
    },
    show,
    context,
    failed,
  );
}
