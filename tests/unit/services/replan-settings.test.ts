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
    await saveDecisionSettings(ctx, { goAheadPercent: 66, rescheduleDeadline: '2026-12-10' });
    expect(await readDecisionSettings(ctx)).toEqual({ goAheadPercent: 66, rescheduleDeadline: '2026-12-10' });
    expect((await ctx.db.get('settings', SETTINGS_KEY))?.questionBankLeft).toBe(1200);
  });

  it('refuses a go-ahead score above 100', async () => {
    const ctx = await testContext(localTimeOn('2026-11-25', 9));
    await expect(saveDecisionSettings(ctx, { goAheadPercent: 120, rescheduleDeadline: '' })).rejects.toMatchObject({
      field: 'goAheadPercent',
    });
  });
});
