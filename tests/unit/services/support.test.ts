import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { localTimeOn } from '../../../lib/domain/day';
import { TEXT_LIMITS } from '../../../lib/domain/limits';
import { readSupport, saveWellbeingService } from '../../../lib/services/support';
import { supportSource } from '../../../lib/services/support-source';
import { onboardedSettings, seed, testContext } from './focus-test-context';

const wednesday = localTimeOn('2026-11-25', 18);
const empty = { name: '', contact: '' };

describe('the "Get support" page data', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the supporters and the school service, and saves the service trimmed in one settings write', async () => {
    const ctx = await testContext(wednesday);
    const announced: string[][] = [];
    const afterWrite = ctx.afterWrite;
    ctx.afterWrite = async (stores) => {
      announced.push(stores);
      await afterWrite(stores);
    };
    await seed(ctx.db, onboardedSettings({ supporters: [{ name: 'Dr Lee', role: 'advisor' }] }));
    expect(await readSupport(ctx)).toEqual({
      supporters: [{ name: 'Dr Lee', role: 'advisor' }],
      wellbeingService: empty,
    });
    await saveWellbeingService(ctx, { name: ' Student Wellness ', contact: ' 555-0100 ' }, empty);
    expect((await readSupport(ctx)).wellbeingService).toEqual({ name: 'Student Wellness', contact: '555-0100' });
    expect(announced).toEqual([['settings']]);
  });

  it('refuses a save over a change made in another tab, and one over the length limit, writing nothing', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings({ wellbeingService: { name: 'Counselling', contact: 'x' } }));
    await expect(saveWellbeingService(ctx, { name: 'Mine', contact: '' }, empty)).rejects.toMatchObject({
      name: 'StaleWriteError',
    });
    const long = 'x'.repeat(TEXT_LIMITS.wellbeingServiceContact + 1);
    await expect(
      saveWellbeingService(ctx, { name: 'Mine', contact: long }, { name: 'Counselling', contact: 'x' }),
    ).rejects.toMatchObject({ name: 'RecordLimitError' });
    expect((await readSupport(ctx)).wellbeingService).toEqual({ name: 'Counselling', contact: 'x' });
  });

  it('gives the page a source over one context', async () => {
    const ctx = await testContext(wednesday);
    await seed(ctx.db, onboardedSettings());
    const source = supportSource(async () => ctx);
    expect(await source.save({ name: 'Wellness', contact: '' }, empty)).toEqual({ name: 'Wellness', contact: '' });
    expect((await source.read()).wellbeingService.name).toBe('Wellness');
  });
});
