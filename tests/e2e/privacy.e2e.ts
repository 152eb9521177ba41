// Nothing leaves the machine: every request of every extension page and of the background worker is recorded and
// routed (WebSockets too), and any request that is not for the extension's own files (or a data:/blob: URL it made
// itself) is refused and fails the test. What ran before the watch was attached (the worker's start, the onboarding
// page the install opened) is read back from each context's resource timing. A last test proves the watch catches
// a request that does leave, from a page and from the worker.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededPlan } from './seeded-plan';
import { describeInBrowser, EXTENSION_DIR, launchExtension, waitForPage, type ExtensionSession } from './fixtures';
import { seedDatabase } from './pages/progress-page';

interface NetworkLog {
  /** Every request seen: URL and who made it. */
  seen: { url: string; from: string }[];
  /** The requests that would have left the extension (refused). */
  leaks: string[];
}

const ownPrefix = (extensionId: string) => `chrome-extension://${extensionId}/`;

/** The extension's own files, a data: URL, or a blob: it made; chrome://newtab/ is the test's own navigation
 * (Chromium serves the extension's newtab.html under it). */
function staysInside(url: string, extensionId: string): boolean {
  const own = ownPrefix(extensionId);
  return url.startsWith(own) || url.startsWith('data:') || url.startsWith(`blob:${own}`) || url === 'chrome://newtab/';
}

/** Records and routes every request in the context, pages and service worker alike (Playwright reports both). */
async function watchNetwork(context: BrowserContext, extensionId: string): Promise<NetworkLog> {
  const log: NetworkLog = { seen: [], leaks: [] };
  const from = (r: Request) => (r.serviceWorker() ? 'worker' : r.frame().page().url() || 'page');
  context.on('request', (r) => {
    log.seen.push({ url: r.url(), from: from(r) });
    if (!staysInside(r.url(), extensionId)) log.leaks.push(`${r.url()} (from ${from(r)})`);
  });
  await context.route('**/*', async (route) => {
    if (staysInside(route.request().url(), extensionId)) await route.fallback();
    else await route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    log.leaks.push(`${ws.url()} (WebSocket)`);
    void ws.close();
  });
  return log;
}

/** Every fetch a page or worker made since it started, from its own resource timing (covers what came before the
 * watch). */
const resourcesSinceStart = () => performance.getEntriesByType('resource').map((e) => e.name);

const seeded = () => seededPlan();

describeInBrowser('privacy: no request leaves the extension', () => {
  let session: ExtensionSession;
  let net: NetworkLog;

  beforeAll(async () => {
    session = await launchExtension();
    await waitForPage(session.context, '/options.html');
    net = await watchNetwork(session.context, session.extensionId);
  });
  afterAll(async () => session?.dispose());

  it('opens every page, ticks a task, saves settings, exports a backup, runs focus: all of it stays inside', async () => {
    const setup = await session.open('progress.html');
    await seedDatabase(setup, seeded());
    await setup.reload();
    await setup.getByRole('heading', { level: 1 }).first().waitFor();

    const options = await session.open('options.html');
    await options.getByRole('button', { name: 'Save changes' }).waitFor();
    await options.getByRole('radio', { name: 'Higher' }).first().check();
    await options.getByRole('button', { name: 'Save changes' }).click();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export backup' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);

    const newTab = await session.context.newPage();
    await newTab.goto('chrome://newtab');
    const first = newTab.getByRole('list', { name: "Today's tasks" }).getByRole('checkbox').first();
    await first.check();
    await expect.poll(() => first.isChecked()).toBe(true);

    const popup = await session.open('popup.html');
    await popup.getByRole('button', { name: 'Start focus' }).click();
    await popup.getByRole('button', { name: 'Stop focus' }).click();
    await popup.getByRole('button', { name: 'Start focus' }).waitFor();

    // "Get support" lists the student's people and takes their school's service: it stays inside too.
    const support = await session.open('support.html');
    await support.getByLabel('Service name').fill('Student Wellness Center');
    await support.getByRole('button', { name: 'Save service' }).click();
    await support.getByRole('status').getByText('Saved.').waitFor();

    if (existsSync(join(EXTENSION_DIR, 'plan.html'))) {
      const plan = await session.open('plan.html');
      await plan.getByRole('heading', { level: 1 }).first().waitFor();
    }
    for (const page of session.context.pages()) await page.waitForLoadState('networkidle');

    // The watch was on: it saw each page load its own scripts and styles (navigations to chrome-extension:// are
    // not reported, their subresources are).
    const pagesSeen = new Set(
      net.seen.filter((r) => r.from.startsWith('chrome-extension://')).map((r) => new URL(r.from).pathname),
    );
    for (const path of ['/options.html', '/newtab.html', '/popup.html', '/progress.html', '/support.html'])
      expect(pagesSeen).toContain(path);
    expect(net.seen.filter((r) => r.url.endsWith('.js')).length).toBeGreaterThan(10);
    expect(net.leaks).toEqual([]);

    // And what came before the watch: the worker since its start, every open page (the install's onboarding too).
    const earlier = [...(await session.worker.evaluate(resourcesSinceStart))];
    for (const page of session.context.pages())
      if (page.url().startsWith('chrome-extension://')) earlier.push(...(await page.evaluate(resourcesSinceStart)));
    expect(earlier.filter((url) => !staysInside(url, session.extensionId))).toEqual([]);
  });

  it('catches a request that does leave, from a page and from the worker (so the test above can fail)', async () => {
    const page = await session.open('options.html');
    await page.evaluate(() => fetch('https://example.com/from-a-page').catch(() => undefined));
    await session.worker.evaluate(() => fetch('https://example.com/from-the-worker').catch(() => undefined));
    await page.evaluate(() => new WebSocket('wss://example.com/socket'));
    await expect
      .poll(() => net.leaks.map((l) => l.split(' ')[0]).sort())
      .toEqual(['https://example.com/from-a-page', 'https://example.com/from-the-worker', 'wss://example.com/socket']);
    expect(net.leaks.find((l) => l.includes('from-the-worker'))).toMatch(/\(from worker\)$/);
    // Resource timing sees a page's fetch too (the check of what came before the watch can fail as well).
    expect(await page.evaluate(resourcesSinceStart)).toContain('https://example.com/from-a-page');
  });
});
