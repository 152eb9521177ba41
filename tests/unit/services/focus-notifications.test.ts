// The background's handlers against the fake browser: alarms raise the right notification, buttons do what they say.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFocus } from '../../../lib/services/focus-start';
import { readFocusState } from '../../../lib/services/focus-state';
import { handleAlarm } from '../../../lib/services/handle-alarm';
import { handleNotificationButton, handleNotificationClick } from '../../../lib/services/handle-notification';
import { onboardedSettings, seed, task, testContext } from './focus-test-context';

const MIN = 60_000;
const WED_0730 = new Date(2026, 10, 25, 7, 30).getTime();
type Shown = Record<string, { title: string; message: string; buttons?: { title: string }[] }>;
const shown = async () => (await fakeBrowser.notifications.getAll()) as unknown as Shown;

const today = [
  task('2026-11-25', 0, { id: 'a', title: 'Cardiology questions', minutes: 60, questions: 40 }),
  task('2026-11-25', 1, { id: 'b', title: 'Review incorrects', kind: 'review-incorrects', minutes: 45 }),
];

describe('alarm handling', () => {
  beforeEach(() => fakeBrowser.reset());

  it("sends the morning plan with the day's totals and plans tomorrow's", async () => {
    const ctx = await testContext(WED_0730);
    await seed(ctx.db, onboardedSettings(), today);
    await handleAlarm(ctx, 'morning:2026-11-25');
    expect((await shown())['morning:2026-11-25']).toMatchObject({
      title: 'Today: 2 tasks, 1 h 45 min, 40 questions',
      message: 'First up: Cardiology questions.',
    });
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContain('morning:2026-11-26');
  });

  it('says rest day when the day holds only rest', async () => {
    const ctx = await testContext(WED_0730);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-25', 0, { kind: 'rest', title: 'Rest' })]);
    await handleAlarm(ctx, 'morning:2026-11-25');
    expect((await shown())['morning:2026-11-25']?.title).toBe('Rest day');
  });

  it('names the next undone task at a study start, and stays silent when all is done', async () => {
    const ctx = await testContext(new Date(2026, 10, 25, 13, 30).getTime());
    await seed(ctx.db, onboardedSettings(), [{ ...today[0]!, status: 'done' }, today[1]!]);
    await handleAlarm(ctx, 'study:2026-11-25T13:30');
    expect((await shown())['study:2026-11-25T13:30']?.message).toBe('Next: Review incorrects (45 min).');
    await seed(ctx.db, null, [{ ...today[1]!, status: 'done' }]);
    await fakeBrowser.notifications.clear('study:2026-11-25T13:30');
    await handleAlarm(ctx, 'study:2026-11-25T13:30');
    expect(await shown()).toEqual({});
  });

  it('stays silent at a study start while a focus block is already running', async () => {
    const ctx = await testContext(new Date(2026, 10, 25, 13, 20).getTime());
    await seed(ctx.db, onboardedSettings(), today);
    await startFocus(ctx, { taskId: 'a' });
    ctx.advance(10 * MIN);
    await handleAlarm(ctx, 'study:2026-11-25T13:30');
    expect(await shown()).toEqual({});
  });

  it('raises no reminder when its kind is turned off', async () => {
    const ctx = await testContext(WED_0730);
    await seed(
      ctx.db,
      onboardedSettings({ notifications: { ...onboardedSettings().notifications, morning: false } }),
      today,
    );
    await handleAlarm(ctx, 'morning:2026-11-25');
    expect(await shown()).toEqual({});
  });

  it("ends a focus block with a break notification under the alarm's own id", async () => {
    const ctx = await testContext(WED_0730);
    await seed(ctx.db, onboardedSettings(), today);
    const block = await startFocus(ctx, { taskId: 'a' });
    ctx.advance(50 * MIN);
    await handleAlarm(ctx, `focus-end:${block.id}`);
    await handleAlarm(ctx, `focus-end:${block.id}`);
    const all = await shown();
    expect(Object.keys(all)).toEqual([`focus-end:${block.id}`]);
    expect(all[`focus-end:${block.id}`]).toMatchObject({
      title: 'Block done: take a 10-minute break',
      buttons: [{ title: '10 more minutes' }, { title: 'Stop for now' }],
    });
  });
});

describe('notification buttons and clicks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('snoozes a reminder for ten minutes and raises it again when the snooze fires', async () => {
    const ctx = await testContext(WED_0730);
    await seed(ctx.db, onboardedSettings(), today);
    await handleAlarm(ctx, 'morning:2026-11-25');
    await handleNotificationButton(ctx, 'morning:2026-11-25', 0);
    expect(await shown()).toEqual({});
    expect(await fakeBrowser.alarms.get('snooze:morning:2026-11-25')).toMatchObject({
      scheduledTime: WED_0730 + 10 * MIN,
    });
    ctx.advance(10 * MIN);
    await handleAlarm(ctx, 'snooze:morning:2026-11-25');
    expect(Object.keys(await shown())).toEqual(['morning:2026-11-25']);
  });

  it('brings a snoozed break end back even in quiet hours, and holds a snoozed reminder back in them', async () => {
    const NIGHT = new Date(2026, 10, 25, 23, 0).getTime();
    const ctx = await testContext(NIGHT);
    await seed(ctx.db, onboardedSettings(), today);
    await handleAlarm(ctx, 'snooze:evening:2026-11-25');
    expect(await shown()).toEqual({});
    await handleAlarm(ctx, 'snooze:break-end:s1');
    expect((await shown())['break-end:s1']).toMatchObject({
      title: 'Break is over',
      buttons: [{ title: 'Start focus' }, { title: 'Snooze 10 min' }],
    });
  });

  it('adds ten more minutes on the same task from the block-done notification', async () => {
    const ctx = await testContext(WED_0730);
    await seed(ctx.db, onboardedSettings(), today);
    const block = await startFocus(ctx, { taskId: 'a' });
    ctx.advance(50 * MIN);
    await handleAlarm(ctx, `focus-end:${block.id}`);
    await handleNotificationButton(ctx, `focus-end:${block.id}`, 0);
    expect((await readFocusState(ctx.db, ctx.now())).session).toMatchObject({
      kind: 'focus',
      plannedMinutes: 10,
      taskId: 'a',
    });
  });

  it('stops the break from the block-done notification', async () => {
    const ctx = await testContext(WED_0730);
    const block = await startFocus(ctx, { minutes: 30 });
    ctx.advance(30 * MIN);
    await handleAlarm(ctx, `focus-end:${block.id}`);
    await handleNotificationButton(ctx, `focus-end:${block.id}`, 1);
    expect((await readFocusState(ctx.db, ctx.now())).session).toBeUndefined();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('starts focus on the next task from a study reminder', async () => {
    const ctx = await testContext(new Date(2026, 10, 25, 8).getTime());
    await seed(ctx.db, onboardedSettings(), today);
    await handleNotificationButton(ctx, 'study:2026-11-25T08:00', 0);
    expect((await readFocusState(ctx.db, ctx.now())).taskTitle).toBe('Cardiology questions');
  });

  it('opens the new tab page on a click', async () => {
    await handleNotificationClick('evening:2026-11-25');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/newtab.html'));
  });
});
