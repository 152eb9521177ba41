// The plan and progress pages read through services as the new tab does: replan first, show, show again on a change.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localTimeOn } from '../../../lib/domain/day';
import { announceChange } from '../../../lib/platform/change-channel';
import { completeTask } from '../../../lib/services/complete-task';
import { recordShownMessage } from '../../../lib/services/message-choices';
import { watchPlan, watchProgress, type PlanPageData } from '../../../lib/services/watch-page';
import type { QuestionLog, Task } from '../../../lib/domain/types';
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
    expect(shown[0]?.tasks.find((t) => t.id === 'tue')).toMatchObject({ day: '2026-11-24', status: 'todo' });
    expect(shown[0]?.tasks.find((t) => t.id === 'tue>2026-11-25')).toMatchObject({ movedFrom: '2026-11-24' });
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

describe('a record a page cannot read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is set aside whole into the quarantine, and the page runs on the good records', async () => {
    const ctx = await announcing();
    const odd = { ...task('2026-11-25', 1, { id: 'odd' }), kind: 'flashcards' };
    await ctx.db.put('tasks', odd as unknown as Task);
    let shown: PlanPageData | undefined;
    const stop = await watchPlan(
      (plan) => (shown = plan),
      async () => ctx,
    );
    expect(shown?.unreadable).toBe(0);
    expect(shown?.tasks.map((t) => t.id).sort()).toEqual(['tue', 'tue>2026-11-25', 'wed']);
    expect(await ctx.db.get('tasks', 'odd')).toBeUndefined();
    expect(await ctx.db.getAll('quarantine')).toEqual([
      expect.objectContaining({
        store: 'tasks',
        key: 'odd',
        record: odd,
        foundBy: 'read',
        setAsideAt: new Date(wednesday).toISOString(),
      }),
    ]);
    stop();
  });

  it('is still left out and counted on the progress page when it cannot be set aside', async () => {
    const ctx = await announcing();
    await ctx.db.put('questionLogs', {
      id: 'l',
      day: '2026-11-25',
      questions: 1,
      correct: 5,
    } as unknown as QuestionLog);
    const failing = { ...ctx };
    failing.db = new Proxy(ctx.db, {
      get: (target, key) =>
        key === 'transaction'
          ? (stores: string[], mode: IDBTransactionMode) => {
              if (mode === 'readwrite' && stores.includes('quarantine'))
                throw new DOMException('full', 'QuotaExceededError');
              return target.transaction(stores as never, mode);
            }
          : Reflect.get(target, key, target),
    });
    let unreadable = -1;
    const stop = await watchProgress(
      (data) => (unreadable = data.unreadable),
      async () => failing,
    );
    expect(unreadable).toBe(1);
    stop();
  });
});

describe('what the plan and progress pages read again for', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a write to a store their read covers, and not the new tab recording the message it showed', async () => {
    const ctx = await announcing();
    let plans = 0;
    let progress = 0;
    const stopPlan = await watchPlan(
      () => void plans++,
      async () => ctx,
    );
    const stopProgress = await watchProgress(
      () => void progress++,
      async () => ctx,
    );
    const [planBefore, progressBefore] = [plans, progress];
    await recordShownMessage(ctx, '2026-11-25', 'steady-1');
    // The announcement has reached the pages (the channel delivers in order) when the tick's has.
    await completeTask(ctx, 'wed');
    await vi.waitFor(() => expect(plans).toBeGreaterThan(planBefore));
    await vi.waitFor(() => expect(progress).toBeGreaterThan(progressBefore));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([plans, progress]).toEqual([planBefore + 1, progressBefore + 1]);
    stopPlan();
    stopProgress();
  });
});
