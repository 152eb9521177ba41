import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFocus } from '../../../lib/services/focus-start';
import { pauseFocus, stopFocus } from '../../../lib/services/focus-control';
import { syncAlarms } from '../../../lib/services/sync-alarms';
import { onboardedSettings, seed, task, testContext } from './focus-test-context';

// Wednesday 25 November 2026, 10:00 New York time.
const WED_10 = new Date(2026, 10, 25, 10).getTime();
const names = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();

describe('syncAlarms', () => {
  beforeEach(() => fakeBrowser.reset());

  it("creates the day's alarms once onboarding has saved settings and a plan", async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings(), [task('2026-11-28', 0, { kind: 'practice-exam', title: 'NBME 30' })]);
    await syncAlarms(ctx.db, WED_10);
    expect(await names()).toEqual([
      'day-rollover:2026-11-26',
      'evening:2026-11-25',
      'morning:2026-11-26',
      'practice-eve:2026-11-28',
      'study:2026-11-25T13:30',
    ]);
  });

  it('creates nothing before onboarding', async () => {
    const ctx = await testContext(WED_10);
    await syncAlarms(ctx.db, WED_10);
    expect(await names()).toEqual([]);
  });

  it('changes nothing when run twice', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings());
    await syncAlarms(ctx.db, WED_10);
    const before = structuredClone(await fakeBrowser.alarms.getAll());
    const second = await syncAlarms(ctx.db, WED_10 + 1_000);
    expect(second).toEqual({ create: [], clear: [] });
    expect(await fakeBrowser.alarms.getAll()).toEqual(before);
  });

  it('clears stale alarms of ours but leaves a snooze alone', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings());
    await fakeBrowser.alarms.create('evening:2026-11-24', { when: WED_10 - 1 });
    await fakeBrowser.alarms.create('snooze:morning:2026-11-25', { when: WED_10 + 600_000 });
    await syncAlarms(ctx.db, WED_10);
    expect(await names()).toContain('snooze:morning:2026-11-25');
    expect(await names()).not.toContain('evening:2026-11-24');
  });

  it('replaces an alarm whose time changed with the settings', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings());
    await syncAlarms(ctx.db, WED_10);
    await seed(ctx.db, onboardedSettings({ eveningTime: '20:15' }));
    await syncAlarms(ctx.db, WED_10);
    expect(await fakeBrowser.alarms.get('evening:2026-11-25')).toMatchObject({
      scheduledTime: new Date(2026, 10, 25, 20, 15).getTime(),
    });
  });

  it('clears every reminder when notifications are turned off', async () => {
    const ctx = await testContext(WED_10);
    await seed(ctx.db, onboardedSettings());
    await syncAlarms(ctx.db, WED_10);
    await seed(ctx.db, onboardedSettings({ notifications: { ...onboardedSettings().notifications, enabled: false } }));
    await syncAlarms(ctx.db, WED_10);
    expect(await names()).toEqual(['day-rollover:2026-11-26']);
  });

  it("schedules a focus block's end and badge tick, and clears them when it is paused or stopped", async () => {
    const ctx = await testContext(WED_10);
    const block = await startFocus(ctx, { minutes: 30 });
    expect(await fakeBrowser.alarms.get(`focus-end:${block.id}`)).toMatchObject({
      scheduledTime: WED_10 + 30 * 60_000,
    });
    expect(await fakeBrowser.alarms.get('focus-tick')).toMatchObject({ periodInMinutes: 1 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('30m');
    ctx.advance(5 * 60_000);
    await pauseFocus(ctx);
    expect(await names()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');
    await stopFocus(ctx);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
