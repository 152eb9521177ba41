// progress.html: read the history once, render it, and read again whenever another page writes.
import { render } from 'preact';
import '../../components/theme.css';
import { ProgressPage } from '../../components/progress/ProgressPage';
import { readProgress } from '../../lib/db/read-progress';
import { planDayOf } from '../../lib/domain/settings';
import { onChange } from '../../lib/platform/change-channel';
import { pageContext } from '../../lib/services/page-context';
import { replanIfNeeded } from '../../lib/services/replan-if-needed';

const root = document.getElementById('app')!;

async function show(): Promise<void> {
  const ctx = await pageContext();
  const data = await readProgress(ctx.db);
  render(<ProgressPage {...data} today={planDayOf(ctx.now(), data.settings)} />, root);
}

async function start(): Promise<void> {
  // Missed days are replanned before the history is drawn, so "done vs planned" counts the plan as it now stands.
  await replanIfNeeded(await pageContext()).catch(() => undefined);
  await show();
  onChange(() => void show());
}

void start();
