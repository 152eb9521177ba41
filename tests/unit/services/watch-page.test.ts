// The plan and progress pages read through services as the new tab does: replan first, show, show again on a change.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { localTimeOn } from '../../../lib/domain/day';
import { announceChange } from '../../../lib/platform/change-channel';
import { completeTask } from '../../../lib/services/complete-task';
import { watchPlan, watchProgress, type PlanPageData } from '../../../lib/services/watch-page';
import { onboardedSettings, seed, task, testContext } from './focus-test-context';

const wednesday = localTimeOn('2026-11-25', 18);

async function announcing() {
  const ctx = await testContext(wednesday);
  const sync = ctx.afterWrite;
  ctx.afterWrite = async (stores) => {
    await sync(stores);
    announceChange(stores);
  };
  await seed(ctx.db, onboardedSettings({ lastReplannedDay: '2026-11-24' }), [
    task('2026-11-24', 0, { id: 'tue' }),
    task('2026-11-25', 0, { id: 'wed' }),
  ]);
  return ctx;
}

describe('watchPlan', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replans missed days before the first show, then shows again after another page writes', async () => {
    const ctx = await announcing();
    const shown: PlanPageData[] = [];
    let next: () => void = () => undefined;
    const stop = await watchPlan(
      (plan) => {
        shown.push(plan);
        next();
      },
      async () => ctx,
    );
    expect(shown[0]?.today).toBe('2026-11-25');
    expect(shown[0]?.tasks.find((t) => t.id === 'tue')).toMatchObject({ day: '2026-11-25', movedFrom: '2026-11-24' });
    const again = new Promise<void>((resolve) => (next = resolve));
    await completeTask(ctx, 'wed');
    await again;
    expect(shown.at(-1)?.tasks.find((t) => t.id === 'wed')?.status).toBe('done');
    stop();
  });
});

describe('watchProgress', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the history with the plan day', async () => {
    const ctx = await announcing();
    let shownToday = '';
    const stop = await watchProgress(
      (data) => (shownToday = data.today),
      async () => ctx,
    );
    expect(shownToday).toBe('2026-11-25');
    stop();
  });
});
