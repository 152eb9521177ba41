// The new tab and the popup as a student sees them, at the sizes the issue names (issue 13): the popup's first
// screen (380x600) is for focus, the new tab's "Now" card is above the fold at 1280x800, and nothing scrolls
// sideways at 380 or 400 px with every log form open. Each check saves a screenshot (tests/e2e/screenshots/layout/,
// not committed) in the light and the dark theme, to be looked at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchExtension, type ExtensionSession } from './fixtures';
import { seedDatabase } from './pages/progress-page';
import { seededPlan } from './seeded-plan';

const SHOTS = join(__dirname, 'screenshots', 'layout');

/** The page is drawn and its lazy parts (focus, logs) have come. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('list', { name: "Today's tasks" }).getByRole('checkbox').first().waitFor();
  await page.getByRole('button', { name: 'Start focus' }).waitFor();
  await page.getByText('Log a question block').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(200);
}

/** Opens every log form (behind the popup's one disclosure too). */
async function openLogs(page: Page): Promise<void> {
  const outer = page.locator('summary', { hasText: 'Log your work' });
  if (await outer.count()) await outer.click();
  for (const name of ['Log a question block', 'Log a practice exam', 'Evening reflection'])
    await page.locator('summary', { hasText: name }).click();
  await page.getByRole('form', { name: 'Evening reflection' }).waitFor();
}

const sideways = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));

/** The element is wholly inside the first screen, without scrolling. */
async function inFirstScreen(page: Page, what: ReturnType<Page['getByRole']>): Promise<boolean> {
  const box = await what.boundingBox();
  const view = page.viewportSize()!;
  const scrolled = await page.evaluate(() => window.scrollY);
  return !!box && scrolled === 0 && box.y >= 0 && box.y + box.height <= view.height && box.x + box.width <= view.width;
}

const describeTheme = (scheme: 'light' | 'dark') =>
  describeInBrowser(`the new tab and the popup laid out, ${scheme}`, () => {
    let session: ExtensionSession;
    const shot = (page: Page, name: string, fullPage = false) =>
      page.screenshot({ path: join(SHOTS, `${scheme}-${name}.png`), fullPage });

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      session = await launchExtension({ colorScheme: scheme });
      const setup = await session.open('progress.html');
      await seedDatabase(setup, seededPlan());
      await setup.close();
    });
    afterAll(() => session?.dispose());

    it('popup at 380x600: the next task and Start focus on the first screen, the logs behind one disclosure', async () => {
      const popup = await session.open('popup.html');
      await popup.setViewportSize({ width: 380, height: 600 });
      await settled(popup);
      await shot(popup, 'popup-380');
      const now = popup.getByRole('region', { name: 'Now' });
      expect(await now.locator('.now-task').textContent()).toMatch(/^Next up: \S/);
      expect(await inFirstScreen(popup, now.locator('.now-task'))).toBe(true);
      expect(await inFirstScreen(popup, popup.getByRole('button', { name: 'Start focus' }))).toBe(true);
      // One disclosure: the three logs' summaries are hidden until it is opened.
      expect(await popup.locator('summary', { hasText: 'Log a question block' }).isVisible()).toBe(false);
      await openLogs(popup);
      await shot(popup, 'popup-380-logs', true);
      const { scroll, width } = await sideways(popup);
      expect(scroll).toBeLessThanOrEqual(width);
      await popup.close();
    });

    it('new tab at 1280x800: the "Now" card with the next task, Start focus and the time left, above the fold', async () => {
      const tab = await session.open('newtab.html');
      await tab.setViewportSize({ width: 1280, height: 800 });
      await settled(tab);
      await shot(tab, 'newtab-1280');
      const now = tab.getByRole('region', { name: 'Now' });
      expect(await inFirstScreen(tab, now)).toBe(true);
      expect(await now.getByText(/of study left today$/).isVisible()).toBe(true);
      expect(await now.getByRole('img', { name: /^Today's progress: .+ of .+ studied$/ }).count()).toBe(1);
      expect(await inFirstScreen(tab, tab.getByRole('button', { name: 'Start focus' }))).toBe(true);
      expect(await tab.getByRole('img', { name: /^Day \d+ of \d+ of your plan$/ }).count()).toBe(1);
      await shot(tab, 'newtab-1280-full', true);
      await tab.close();
    });

    it('new tab at 1280x800: the logs go on in the right column under the message, not below the long task list', async () => {
      const tab = await session.open('newtab.html');
      await tab.setViewportSize({ width: 1280, height: 800 });
      await settled(tab);
      const box = async (selector: string) => (await tab.locator(selector).first().boundingBox())!;
      const [tasks, message, logs] = [
        await box('.tasks-card'),
        await box('.encouragement'),
        await box('.log-and-replan-panel'),
      ];
      // Beside the tasks, under the message, and starting before the task list ends.
      expect(logs.x).toBeGreaterThanOrEqual(tasks.x + tasks.width);
      expect(logs.x).toBeCloseTo(message.x, 0);
      expect(logs.y).toBeGreaterThan(message.y + message.height);
      expect(logs.y).toBeLessThan(tasks.y + tasks.height);
      await tab.close();
    });

    it('new tab at 400 px: the next task in two lines at most, its whole title still read out', async () => {
      const tab = await session.open('newtab.html');
      await tab.setViewportSize({ width: 400, height: 800 });
      await settled(tab);
      const long = 'Review Blood & Lymphoreticular/Immune Systems through physiology, pathology and pharmacology';
      // The next task's title made long on the page itself (the card draws whatever the plan names).
      await tab.evaluate((text) => {
        document.querySelector('.now-title')!.textContent = text;
      }, long);
      const title = tab.getByRole('region', { name: 'Now' }).locator('.now-title');
      const lines = await title.evaluate((el) => {
        const height = el.getBoundingClientRect().height;
        return Math.round(height / parseFloat(getComputedStyle(el).lineHeight));
      });
      expect(lines).toBeLessThanOrEqual(2);
      expect(await title.textContent()).toBe(long);
      await shot(tab, 'newtab-400-long-title');
      await tab.close();
    });

    it('new tab: a bundled background chosen in its control is there from the first frame of the next tab', async () => {
      const tab = await session.open('newtab.html');
      await tab.setViewportSize({ width: 1280, height: 800 });
      await settled(tab);
      await tab.getByLabel('Background').selectOption('dawn');
      const next = await session.open('newtab.html');
      await next.setViewportSize({ width: 1280, height: 800 });
      expect(await next.evaluate(() => document.documentElement.dataset.background)).toBe('dawn');
      await settled(next);
      expect(await next.getByLabel('Background').inputValue()).toBe('dawn');
      const image = await next.evaluate(() => getComputedStyle(document.body).backgroundImage);
      expect(image).toContain('linear-gradient');
      expect(image).not.toContain('url(');
      await shot(next, 'newtab-1280-dawn');
      await next.getByLabel('Background').selectOption('');
      await tab.close();
      await next.close();
    });

    for (const width of [380, 400]) {
      it(`new tab and popup at ${width} px with every log form open: no sideways scroll`, async () => {
        for (const path of ['newtab.html', 'popup.html']) {
          const page = await session.open(path);
          await page.setViewportSize({ width, height: 800 });
          await settled(page);
          await shot(page, `${path.replace('.html', '')}-${width}`);
          await openLogs(page);
          await shot(page, `${path.replace('.html', '')}-${width}-logs`, true);
          const seen = await sideways(page);
          expect(seen.scroll, `${path} at ${width} px`).toBeLessThanOrEqual(seen.width);
          await page.close();
        }
      });
    }
  });

describeTheme('light');
describeTheme('dark');
