// The wellbeing safety net (issue 11): a quiet "Get support" link on the new tab and the popup, reached and followed
// by keyboard, opening a page with the crisis lines, the student's own people and their school's service.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchExtension, type ExtensionSession } from './fixtures';
import { seedDatabase } from './pages/progress-page';
import { seededPlan } from './seeded-plan';

const SHOTS = join(__dirname, 'screenshots', 'support');

/** Presses Tab until the "Get support" link has the focus; false if it never does. */
async function tabTo(page: Page, name: string): Promise<boolean> {
  const link = page.getByRole('link', { name });
  for (let i = 0; i < 200; i++) {
    if (await link.evaluate((el) => el === document.activeElement)) return true;
    await page.keyboard.press('Tab');
  }
  return false;
}

describeInBrowser('Get support', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension();
    const setup = await session.open('progress.html');
    await seedDatabase(setup, seededPlan({ supporters: [{ name: 'Dr Okafor', role: 'advisor' }] }));
    await setup.close();
  });
  afterAll(() => session?.dispose());

  it.each([
    ['newtab.html', { width: 1280, height: 900 }],
    ['popup.html', { width: 380, height: 600 }],
  ] as const)('is a link on %s that Tab reaches and Enter opens', async (path, viewport) => {
    const page = await session.open(path);
    await page.setViewportSize(viewport);
    await page.getByRole('list', { name: "Today's tasks" }).getByRole('checkbox').first().waitFor();
    await page.getByRole('link', { name: 'Get support' }).waitFor();
    expect(await tabTo(page, 'Get support')).toBe(true);
    const [support] = await Promise.all([session.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await support.getByRole('heading', { level: 1, name: 'Get support' }).waitFor();
    expect(support.url()).toBe(`chrome-extension://${session.extensionId}/support.html`);
    expect(await support.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    await support.getByText('Dr Okafor').waitFor();
    await support.close();
    await page.close();
  });

  it("keeps the school's service the student notes there, typed and saved by keyboard", async () => {
    const page = await session.open('support.html');
    await page.getByText('Dr Okafor').waitFor();
    await page.getByLabel('Service name').focus();
    await page.keyboard.type('Student Wellness Center');
    await page.keyboard.press('Tab');
    await page.keyboard.type('555-0100');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Saved.').waitFor();
    await page.reload();
    const school = page.getByRole('region', { name: "Your school's wellness or counselling service" });
    await school.getByText('Student Wellness Center').waitFor();
    expect(await school.textContent()).toContain('Student Wellness Center: 555-0100');
    for (const scheme of ['light', 'dark'] as const)
      for (const width of [380, 400, 1280]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: join(SHOTS, `support-${scheme}-${width}.png`), fullPage: true });
      }
    await page.close();
  });
});
