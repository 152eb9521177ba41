import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extendFocus, pauseFocus, resumeFocus, stopFocus } from '../../../lib/services/focus-control';
import { finishSession } from '../../../lib/services/focus-finish';
import { startFocus } from '../../../lib/services/focus-start';
import { readFocusState } from '../../../lib/services/focus-state';
import { onboardedSettings, seed, task, testContext } from './focus-test-context';

const MIN = 60_000;
const WED_10 = new Date(2026, 10, 25, 10).getTime();
const anatomy = task('2026-11-25', 0, { id: 't-anatomy', title: 'Anatomy review' });

describe('focus services', () => {
  beforeEach(() => fakeBrowser.reset());

  it("starts a block of the student's default length on a task", async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings(), [anatomy]);
    const block = await startFocus(ctx, { taskId: 't-anatomy' });
    expect(block).toMatchObject({ kind: 'focus', plannedMinutes: 50, taskId: 't-anatomy', day: '2026-11-25' });
    expect(await readFocusState(ctx.db, WED_10)).toMatchObject({ session: block, taskTitle: 'Anatomy review' });
  });

  it('remembers a length the student picked as their usual one, in the same write, and only then (issue 13)', async () => {
    const base = await testContext(WED_10);
    const written: string[][] = [];
    const ctx = { ...base, afterWrite: async (stores: string[]) => void written.push(stores) };
    await seed(ctx.db, onboardedSettings(), [anatomy]);
    await startFocus(ctx, { taskId: 't-anatomy', minutes: 15 });
    expect((await readFocusState(ctx.db, WED_10)).focus.focusMinutes).toBe(50);
    await startFocus(ctx, { taskId: 't-anatomy', minutes: 35, rememberLength: true });
    expect((await readFocusState(ctx.db, WED_10)).focus.focusMinutes).toBe(35);
    expect(written).toEqual([['focusSessions'], expect.arrayContaining(['focusSessions', 'settings'])]);
  });

  it("offers the day's first task still to do for the next block", async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings(), [
      { ...anatomy, status: 'done' },
      task('2026-11-25', 1, { id: 't-renal', title: 'Renal questions' }),
    ]);
    expect((await readFocusState(ctx.db, WED_10)).nextTask).toEqual({
      id: 't-renal',
      title: 'Renal questions',
      minutes: 60,
    });
  });

  it('ends the running block when another starts, crediting the time spent', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings(), [anatomy]);
    const first = await startFocus(ctx, { taskId: 't-anatomy' });
    ctx.advance(20 * MIN);
    await startFocus(ctx, { minutes: 30 });
    expect(await ctx.db.get('focusSessions', first.id)).toMatchObject({
      endReason: 'stopped',
      endedAt: WED_10 + 20 * MIN,
    });
    expect((await ctx.db.get('tasks', 't-anatomy'))?.focusMinutes).toBe(20);
  });

  it('pauses, resumes and extends across separate transactions as a restarted worker would', async () => {
    const ctx = await testContext(WED_10);
    await startFocus(ctx, { minutes: 50 });
    ctx.advance(10 * MIN);
    await pauseFocus(ctx);
    ctx.advance(15 * MIN);
    await resumeFocus(ctx);
    const extended = await extendFocus(ctx);
    expect(extended?.plannedMinutes).toBe(60);
    const alarm = (await fakeBrowser.alarms.getAll()).find((a) => a.name.startsWith('focus-end:'));
    expect(alarm?.scheduledTime).toBe(WED_10 + 75 * MIN);
  });

  it('records focus minutes against the task when the block is stopped', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings(), [anatomy]);
    await startFocus(ctx, { taskId: 't-anatomy' });
    ctx.advance(33 * MIN);
    await stopFocus(ctx);
    expect((await ctx.db.get('tasks', 't-anatomy'))?.focusMinutes).toBe(33);
    expect((await readFocusState(ctx.db, ctx.now())).session).toBeUndefined();
  });

  it('finishes a block at its end and starts the short break from that instant', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings(), [anatomy]);
    const block = await startFocus(ctx, { taskId: 't-anatomy' });
    ctx.advance(52 * MIN);
    const result = await finishSession(ctx, block.id);
    expect(result?.finished).toMatchObject({ endReason: 'completed', endedAt: WED_10 + 50 * MIN });
    expect(result?.next).toMatchObject({
      kind: 'short-break',
      plannedMinutes: 10,
      startedAt: WED_10 + 50 * MIN,
      taskId: 't-anatomy',
    });
    expect((await ctx.db.get('tasks', 't-anatomy'))?.focusMinutes).toBe(50);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContain(`break-end:${result?.next?.id}`);
  });

  it('gives a long break after the third block of the day', async () => {
    const ctx = await testContext(WED_10);
    let breakKind: string | undefined;
    for (let i = 0; i < 3; i++) {
      const block = await startFocus(ctx, { minutes: 30 });
      ctx.advance(30 * MIN);
      breakKind = (await finishSession(ctx, block.id))?.next?.kind;
    }
    expect(breakKind).toBe('long-break');
  });

  it('does nothing when the alarm of an already finished or replaced block fires again', async () => {
    const ctx = await testContext(WED_10);
    const block = await startFocus(ctx, { minutes: 30 });
    ctx.advance(30 * MIN);
    expect(await finishSession(ctx, block.id)).toBeDefined();
    expect(await finishSession(ctx, block.id)).toBeUndefined();
  });

  it('skips a break that also ran out while the browser was closed', async () => {
    const ctx = await testContext(WED_10);
    const block = await startFocus(ctx, { minutes: 30 });
    ctx.advance(3 * 60 * MIN);
    expect((await finishSession(ctx, block.id))?.next).toBeUndefined();
    expect((await readFocusState(ctx.db, ctx.now())).session).toBeUndefined();
  });
});
