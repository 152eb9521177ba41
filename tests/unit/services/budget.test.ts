import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../../lib/db/schema';
import { defaultBudgetSettings } from '../../../lib/domain/budget';
import { localTimeOn } from '../../../lib/domain/day';
import { readBudget, saveBudget } from '../../../lib/services/budget';
import { onboardedSettings, seed, testContext } from './focus-test-context';

describe('the budget service', () => {
  beforeEach(() => fakeBrowser.reset());

  it("saves the student's figures and reads them back with the plan's exam date and practice forms, leaving the rest", async () => {
    const ctx = await testContext(localTimeOn('2026-11-25', 9));
    await seed(
      ctx.db,
      onboardedSettings({
        questionBankLeft: 1200,
        practiceFormIds: ['nbme-30', 'free-120'],
        eligibilityEnd: '2027-01-31',
      }),
    );
    const budget = { ...defaultBudgetSettings(), amounts: { examFee: 700 }, paid: ['examFee' as const] };
    await saveBudget(ctx, budget);
    const read = await readBudget(ctx);
    expect(read.budget).toEqual(budget);
    expect(read.practiceForms.map((f) => f.id)).toEqual(['nbme-30', 'free-120']);
    expect(read).toMatchObject({ eligibilityEnd: '2027-01-31', today: '2026-11-25' });
    expect((await ctx.db.get('settings', SETTINGS_KEY))?.questionBankLeft).toBe(1200);
  });

  it.each([-1, 100_001, Number.NaN])('refuses an amount of %d and changes nothing stored', async (usd) => {
    const ctx = await testContext(localTimeOn('2026-11-25', 9));
    await seed(ctx.db, onboardedSettings());
    await expect(saveBudget(ctx, { ...defaultBudgetSettings(), amounts: { tutoring: usd } })).rejects.toMatchObject({
      field: 'tutoring',
    });
    expect((await ctx.db.get('settings', SETTINGS_KEY))?.budget).toEqual(defaultBudgetSettings());
  });
});
