import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleIdleState } from '../../../lib/services/focus-idle';
import { startFocus } from '../../../lib/services/focus-start';
import { readFocusState } from '../../../lib/services/focus-state';
import { handleNotificationButton } from '../../../lib/services/handle-notification';
import { onboardedSettings, seed, testContext } from './focus-test-context';

const MIN = 60_000;
const WED_10 = new Date(2026, 10, 25, 10).getTime();

describe('pausing focus while the student is away', () => {
  beforeEach(() => fakeBrowser.reset());

  it('pauses a running block when the computer goes idle, and says so on return', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings({ pauseFocusWhenIdle: true }));
    const block = await startFocus(ctx, { minutes: 50 });
    ctx.advance(12 * MIN);
    await handleIdleState(ctx, 'locked');
    expect((await readFocusState(ctx.db, ctx.now())).session).toMatchObject({
      pausedAt: WED_10 + 12 * MIN,
      pauseReason: 'idle',
    });
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith('focus'))).toEqual([]);
    ctx.advance(30 * MIN);
    await handleIdleState(ctx, 'active');
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { message: string }>;
    expect(shown[`focus-paused:${block.id}`]?.message).toContain('38 minutes left');
  });

  it('resumes from the notification with the time left unchanged', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings({ pauseFocusWhenIdle: true }));
    const block = await startFocus(ctx, { minutes: 50 });
    ctx.advance(12 * MIN);
    await handleIdleState(ctx, 'idle');
    ctx.advance(30 * MIN);
    await handleIdleState(ctx, 'active');
    await handleNotificationButton(ctx, `focus-paused:${block.id}`, 0);
    expect(await fakeBrowser.alarms.get(`focus-end:${block.id}`)).toMatchObject({ scheduledTime: WED_10 + 80 * MIN });
  });

  it('leaves the block running when the setting is off', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings({ pauseFocusWhenIdle: false }));
    await startFocus(ctx, { minutes: 50 });
    ctx.advance(12 * MIN);
    await handleIdleState(ctx, 'idle');
    expect((await readFocusState(ctx.db, ctx.now())).session?.pausedAt).toBeUndefined();
  });

  it('does not claim an idle pause after the student paused by hand', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings({ pauseFocusWhenIdle: true }));
    await startFocus(ctx, { minutes: 50 });
    await handleNotificationButton(ctx, 'unrelated', 0);
    await handleIdleState(ctx, 'active');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
