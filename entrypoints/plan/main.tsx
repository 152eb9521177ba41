// plan.html: replan missed days first (as the new tab does), then read the whole plan, render it, and read again
// whenever another page writes.
import { render } from 'preact';
import '../../components/theme.css';
import { PlanView } from '../../components/plan/PlanView';
import { readPlan } from '../../lib/db/read-plan';
import { planDayOf } from '../../lib/domain/settings';
import { onChange } from '../../lib/platform/change-channel';
import { pageContext } from '../../lib/services/page-context';
import { replanIfNeeded } from '../../lib/services/replan-if-needed';

const root = document.getElementById('app')!;

async function show(): Promise<void> {
  const ctx = await pageContext();
  const plan = await readPlan(ctx.db);
  render(<PlanView {...plan} today={planDayOf(ctx.now(), plan.settings)} settingsHref="/options.html" />, root);
}

async function start(): Promise<void> {
  await replanIfNeeded(await pageContext()).catch(() => undefined);
  await show();
  onChange(() => void show());
}

void start();
