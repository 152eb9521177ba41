// Each alarm does its work once (issue 15): one read of the state it needs, one alarm sync, one announcement. The
// reads are counted as readonly transactions, the syncs as reads of the browser's alarms, the announcements as
// afterWrite calls.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleAlarm } from '../../../lib/services/handle-alarm';
import { startFocus } from '../../../lib/services/focus-start';
import { onboardedSettings, seed, task, testContext } from './focus-test-context';

const WED_0730 = new Date(2026, 10, 25, 7, 30).getTime();

async function counting(settings = onboardedSettings()) {
  const ctx = await testContext(WED_0730);
  await seed(ctx.db, settings, [
    task('2026-11-24', 0, { id: 'tue' }),
    task('2026-11-25', 0, { id: 'a', title: 'Cardiology questions' }),
  ]);
  const sync = ctx.afterWrite;
  const announced: string[][] = [];
  ctx.afterWrite = async (stores) => {
    announced.push([...stores].sort());
    await sync(stores);
  };
  const transaction = vi.spyOn(ctx.db, 'transaction');
  const syncs = vi.spyOn(fakeBrowser.alarms, 'getAll');
  const counts = () => ({
    reads: transaction.mock.calls.filter((call) => call[1] !== 'readwrite').length,
    writes: transaction.mock.calls.filter((call) => call[1] === 'readwrite').length,
    syncs: syncs.mock.calls.length,
    announced,
  });
  const reset = () => {
    transaction.mockClear();
    syncs.mockClear();
    announced.length = 0;
  };
  return { ctx, counts, reset };
}

describe('an alarm does its work once', () => {
  beforeEach(() => fakeBrowser.reset());

  it('focus-end: one write, one read (for the sync), one sync, one announcement', async () => {
    const { ctx, counts, reset } = await counting();
    const block = await startFocus(ctx, { minutes: 25, taskId: 'a' });
    ctx.advance(26 * 60_000);
    reset();
    await handleAlarm(ctx, `focus-end:${block.id}`);
    expect(counts()).toEqual({ reads: 1, writes: 1, syncs: 1, announced: [['focusSessions', 'tasks']] });
    expect(Object.values(await fakeBrowser.notifications.getAll())).toHaveLength(1);
  });

  it('day rollover: the replan and the new day in one announcement, and one sync', async () => {
    const { ctx, counts, reset } = await counting(onboardedSettings({ lastReplannedDay: '2026-11-24' }));
    reset();
    await handleAlarm(ctx, 'day-rollover:2026-11-25');
    expect(counts()).toEqual({ reads: 1, writes: 1, syncs: 1, announced: [['appState', 'tasks']] });
  });

  it('day rollover already replanned: still one announcement that the day changed', async () => {
    const { ctx, counts, reset } = await counting(onboardedSettings({ lastReplannedDay: '2026-11-25' }));
    reset();
    await handleAlarm(ctx, 'day-rollover:2026-11-25');
    expect(counts()).toEqual({ reads: 1, writes: 1, syncs: 1, announced: [['tasks']] });
  });

  it('a reminder: one read serves the wording and the sync, and nothing is announced', async () => {
    const { ctx, counts, reset } = await counting();
    reset();
    await handleAlarm(ctx, 'morning:2026-11-25');
    expect(counts()).toEqual({ reads: 1, writes: 0, syncs: 1, announced: [] });
    expect(Object.values(await fakeBrowser.notifications.getAll())[0]).toMatchObject({
      message: expect.stringContaining('Cardiology questions'),
    });
  });
});
