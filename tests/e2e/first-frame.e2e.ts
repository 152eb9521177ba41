// Issue 19: the new tab's and the popup's first frame, drawn by a classic script from the kept snapshot before any
// module loads (entrypoints/first-frame.ts), then taken over by the app. It shows the same tasks with the same
// names as the settled page, in the same nodes; a tick made before the app is there is kept; and a snapshot of an
// earlier plan day, or from before the exam date changed, is never drawn as today.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { addDays, localTimeOn } from '../../lib/domain/day';
import { describeInBrowser, launchExtension, type ExtensionSession } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { putRecords, readStores } from './pages/extension-db';
import { TodayPage } from './pages/today-page';
import { seededPlan } from './seeded-plan';

const SHOTS = join(__dirname, 'screenshots', 'first-frame');

/** What a page's first frame was, read as the classic script finished drawing it (before any module ran). */
interface FirstFrame {
  /** The app had not taken over yet: the classic script drew this. */
  drawnBeforeApp: boolean;
  /** Each checkbox's name (its label), in order. */
  names: string[];
  lists: string[];
  headings: string[];
  countdown: string;
  /** The task list's card as it was drawn. */
  tasksCard: string;
  /** The title of the task ticked in the first frame, when the page was told to tick one. */
  ticked?: string;
}

type Watched = typeof globalThis & { firstFrame?: FirstFrame; firstBox?: Element; tickFirst?: boolean };

/** Runs in every page before its scripts: records the first frame the moment something is drawn in #app, and
 * (when `tickFirst` is set) ticks its first task there and then, before the app's module has run. */
function watchFirstFrame(tickFirst: boolean) {
  const w = globalThis as Watched;
  w.tickFirst = tickFirst;
  const observer = new MutationObserver(() => {
    const app = document.getElementById('app');
    if (!app?.querySelector('input[type=checkbox]')) return;
    observer.disconnect();
    const boxes = [...app.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const nameOf = (box: Element) => document.querySelector(`label[for="${box.id}"]`)?.textContent ?? '';
    w.firstFrame = {
      drawnBeforeApp: '__retakeCoachFirstFrame' in globalThis,
      names: boxes.map(nameOf),
      lists: [...app.querySelectorAll('ul[aria-label]')].map((u) => u.getAttribute('aria-label') ?? ''),
      headings: [...app.querySelectorAll('h1, h2, h3')].map((h) => h.textContent ?? ''),
      countdown: app.querySelector('.countdown-days')?.textContent ?? '',
      tasksCard: new XMLSerializer().serializeToString(app.querySelector('.tasks-card')!),
    };
    w.firstBox = boxes[0];
    // Once per tab: a reload (which keeps sessionStorage) must not untick it again.
    if (w.tickFirst && boxes[0] && !sessionStorage.getItem('ticked')) {
      sessionStorage.setItem('ticked', '1');
      boxes[0].click();
      w.firstFrame.ticked = nameOf(boxes[0]);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const firstFrameOf = (page: Page) => page.evaluate(() => (globalThis as Watched).firstFrame);

/** The page once the app runs it: the message is there (its library loads after the first paint). */
async function settled(page: Page) {
  await page.getByRole('region', { name: 'Encouragement' }).and(page.locator(':not([aria-busy])')).waitFor();
}

async function seeded(session: ExtensionSession) {
  const plan = seededPlan();
  const setup = await session.open('progress.html');
  await setup.getByRole('heading', { level: 1 }).waitFor();
  await putRecords(setup, { settings: plan.settings, tasks: plan.tasks });
  await setup.close();
  return plan;
}

/** Opens `path` once so that its read keeps a snapshot, and waits until it has. */
async function keepSnapshot(session: ExtensionSession, path: string) {
  const page = await session.open(path);
  await settled(page);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('retake-coach:today-frame')?.includes('"drawn"') ?? false))
    .toBe(true);
  await page.close();
}

describeInBrowser('the first frame', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    await session?.dispose();
    session = undefined;
  });

  it.each([
    ['newtab.html', { width: 1280, height: 900 }],
    ['popup.html', { width: 380, height: 600 }],
  ] as const)(
    'on %s, is drawn before the app and has the same tasks, names and nodes as the settled page',
    async (path, viewport) => {
      session = await launchExtension();
      await seeded(session);
      await keepSnapshot(session, path);
      await session.context.addInitScript(watchFirstFrame, false);

      const page = await session.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      await settled(page);
      const first = (await firstFrameOf(page))!;
      expect(first.drawnBeforeApp).toBe(true);
      expect(first.names.length).toBeGreaterThan(1);
      expect(first.lists).toContain("Today's tasks");
      expect(first.countdown).toBe('40 days to your exam');

      // The settled page: the same names, found by role as a screen reader would, and nothing more in the list.
      const tab = new TodayPage(page);
      expect(await tab.tasks().getByRole('checkbox').count()).toBe(first.names.filter(Boolean).length);
      for (const name of first.names) await tab.task(name).waitFor();
      const now = await page.evaluate(() => {
        const app = document.getElementById('app')!;
        return {
          lists: [...app.querySelectorAll('ul[aria-label]')].map((u) => u.getAttribute('aria-label') ?? ''),
          countdown: app.querySelector('.countdown-days')?.textContent ?? '',
          tasksCard: new XMLSerializer().serializeToString(app.querySelector('.tasks-card')!),
          // The app kept the first frame's nodes: nothing was replaced, so nothing could flash or jump.
          sameNode: (globalThis as Watched).firstBox === app.querySelector('input[type=checkbox]'),
        };
      });
      expect(now.lists).toEqual(first.lists);
      expect(now.countdown).toBe(first.countdown);
      expect(now.tasksCard).toBe(first.tasksCard);
      expect(now.sameNode).toBe(true);
    },
  );

  // The earliest tick there can be: in the same moment the first frame is drawn, before the app's module has run
  // (so well inside the first 50 ms of the page).
  it('keeps a tick made in the first frame, before the app has loaded', async () => {
    session = await launchExtension();
    const plan = await seeded(session);
    await keepSnapshot(session, 'newtab.html');
    await session.context.addInitScript(watchFirstFrame, true);

    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/newtab.html`);
    await settled(page);
    const first = (await firstFrameOf(page))!;
    expect(first.drawnBeforeApp).toBe(true);
    expect(first.ticked).toBeTruthy();
    const ticked = first.ticked!;
    const tab = new TodayPage(page);
    await expect.poll(() => tab.task(ticked).isChecked()).toBe(true);
    const task = plan.tasks.find((t) => t.day === plan.today && t.title === ticked)!;
    await expect
      .poll(async () => (await readStores(page, ['tasks'])).tasks.find((t) => t.id === task.id)?.status)
      .toBe('done');
    await page.reload();
    await expect.poll(() => tab.task(ticked).isChecked()).toBe(true);
  });

  it("never draws yesterday's snapshot as today", async () => {
    session = await launchExtension();
    const plan = await seeded(session);
    await keepSnapshot(session, 'newtab.html');
    await session.context.addInitScript(watchFirstFrame, false);

    // The next morning on the page's clock (the plan day starts at 04:00): the kept frame is yesterday's.
    const page = await session.context.newPage();
    await page.clock.install({ time: localTimeOn(addDays(plan.today, 1), 9) });
    await page.goto(`chrome-extension://${session.extensionId}/newtab.html`);
    await settled(page);
    const first = (await firstFrameOf(page))!;
    expect(first.drawnBeforeApp).toBe(false);
    expect(first.countdown).toBe('39 days to your exam');
  });

  it('never draws a snapshot kept before the exam date changed', async () => {
    session = await launchExtension();
    const plan = await seeded(session);
    await keepSnapshot(session, 'newtab.html');

    const form = new OnboardingPage(await session.open('options.html'));
    await form.examDate().fill(addDays(plan.today, 54));
    await form.page.getByRole('button', { name: 'Save changes' }).click();
    await form.page
      .getByRole('status')
      .filter({ hasText: /^Saved\./ })
      .waitFor();
    await form.page.close();

    await session.context.addInitScript(watchFirstFrame, false);
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/newtab.html`);
    await settled(page);
    const first = (await firstFrameOf(page))!;
    expect(first.countdown).toBe('54 days to your exam');
    expect(first.drawnBeforeApp).toBe(false);
  });

  it.each(['light', 'dark'] as const)(
    'looks the same drawn by the classic script alone and settled (%s screenshots)',
    async (colorScheme) => {
      session = await launchExtension({ colorScheme });
      await seeded(session);
      await keepSnapshot(session, 'newtab.html');
      mkdirSync(SHOTS, { recursive: true });
      for (const [path, viewport] of [
        ['newtab.html', { width: 1280, height: 800 }],
        ['popup.html', { width: 380, height: 600 }],
      ] as const) {
        // The first frame on its own: the app's modules are kept from loading (the debugging protocol can block
        // the extension's own files), so what shows is what the classic script drew.
        const alone = await session.context.newPage();
        await alone.setViewportSize(viewport);
        const cdp = await session.context.newCDPSession(alone);
        await cdp.send('Network.enable');
        await cdp.send('Network.setBlockedURLs', { urls: ['*/chunks/*'] });
        await alone.goto(`chrome-extension://${session.extensionId}/${path}`);
        await alone.getByRole('list', { name: "Today's tasks" }).waitFor();
        const name = path.replace('.html', '');
        await alone.screenshot({ path: join(SHOTS, `${colorScheme}-${name}-first-frame.png`) });
        await alone.close();

        const page = await session.context.newPage();
        await page.setViewportSize(viewport);
        await page.goto(`chrome-extension://${session.extensionId}/${path}`);
        await settled(page);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: join(SHOTS, `${colorScheme}-${name}-settled.png`) });
        await page.close();
      }
    },
  );
});
