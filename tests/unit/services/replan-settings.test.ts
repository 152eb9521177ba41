import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../../lib/db/schema';
import { localTimeOn } from '../../../lib/domain/day';
import { readDecisionSettings, saveDecisionSettings } from '../../../lib/services/replan-settings';
import { onboardedSettings, seed, testContext } from './focus-test-context';

describe('decision settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves the go-ahead score and the deadlines without touching the rest', async () => {
    const ctx = await testContext(localTimeOn('2026-11-25', 9));
    await seed(ctx.db, onboardedSettings({ questionBankLeft: 1200 }));
    await saveDecisionSettings(ctx, {
      goAheadPassProbability: 85,
      goAheadPercent: 66,
      rescheduleDeadline: '2026-12-10',
    });
    expect(await readDecisionSettings(ctx)).toEqual({
      goAheadPassProbability: 85,
      goAheadPercent: 66,
      rescheduleDeadline: '2026-12-10',
    });
    expect((await ctx.db.get('settings', SETTINGS_KEY))?.questionBankLeft).toBe(1200);
  });

  it('refuses a go-ahead score above 100', async () => {
    const ctx = await testContext(localTimeOn('2026-11-25', 9));
    await expect(
      saveDecisionSettings(ctx, { goAheadPassProbability: 90, goAheadPercent: 120, rescheduleDeadline: '' }),
    ).rejects.toMatchObject({ field: 'goAheadPercent' });
  });

  it('refuses an NBME go-ahead probability of 0 or above 100: it is always set (90 by default)', async () => {
    const ctx = await testContext(localTimeOn('2026-11-25', 9));
    for (const goAheadPassProbability of [0, 101, Number.NaN])
      await expect(
        saveDecisionSettings(ctx, { goAheadPassProbability, goAheadPercent: 0, rescheduleDeadline: '' }),
      ).rejects.toMatchObject({ field: 'goAheadPassProbability' });
  });

  it('reads 90 for a record saved before the NBME go-ahead probability existed', async () => {
    const ctx = await testContext(localTimeOn('2026-11-25', 9));
    const { goAheadPassProbability: _, ...old } = onboardedSettings({ goAheadPercent: 65 });
    await seed(ctx.db, old as ReturnType<typeof onboardedSettings>);
    expect(await readDecisionSettings(ctx)).toMatchObject({ goAheadPassProbability: 90, goAheadPercent: 65 });
  });
});
