// Issue 12: the new tab never shows a stale today. A tab left open across the day's start (04:00) reads the new day
// by itself, and a settings save made while no new tab was open never shows in the next new tab's first frame (the
// snapshot kept for the first paint is dropped by every write).
import { afterEach, expect, it } from 'vitest';
import type { AppState } from '../../lib/domain/app-state';
import { addDays, localTimeOn, planDayAt } from '../../lib/domain/day';
import { defaultSettings, type Settings } from '../../lib/domain/settings';
import type { Task } from '../../lib/domain/types';
import { describeInBrowser, launchExtension, waitForPage, type ExtensionSession } from './fixtures';
import { putRecords } from './pages/extension-db';
import { OnboardingPage } from './pages/onboarding-page';
import { TodayPage } from './pages/today-page';

const task = (day: string, title: string): Task => ({
  id: `t-${day}`,
  day,
  kind: 'question-block',
  title,
  minutes: 60,
  questions: 20,
  status: 'todo',
  order: 0,
  priority: 2,
});

function seed(today: string): { settings: Settings & Partial<AppState>; tasks: Task[] } {
  const settings: Settings & Partial<AppState> = {
    ...structuredClone(defaultSettings),
    examDate: addDays(today, 40),
    startDate: addDays(today, -3),
    weekdayMinutes: [360, 360, 360, 360, 360, 360, 360],
    questionBankLeft: 2000,
    lastReplannedDay: addDays(today, 1),
    updatedAt: new Date().toISOString(),
  };
  return { settings, tasks: [task(today, 'Day one block'), task(addDays(today, 1), 'Day two block')] };
}

describeInBrowser('a today that is never stale', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    await session?.dispose();
    session = undefined;
  });

  it('a new tab left open across 04:00 reads the new day without a reload or a write', async () => {
    session = await launchExtension();
    await waitForPage(session.context, '/options.html');
    const today = planDayAt(Date.now(), 4);
    const setup = await session.open('progress.html');
    await putRecords(setup, seed(today));
    const page = await session.context.newPage();
    // Two minutes before the next day starts, on the page's own clock.
    await page.clock.install({ time: localTimeOn(addDays(today, 1), 3, 58) });
    await page.goto(`chrome-extension://${session.extensionId}/newtab.html`);
    const tab = new TodayPage(page);
    await tab.task('Day one block').waitFor();
    await page.clock.fastForward('03:00');
    await tab.task('Day two block').waitFor({ timeout: 10_000 });
    expect(await tab.task('Day one block').count()).toBe(0);
  });

  it('a settings save made while no new tab was open never shows in the next new tab, not even in its first frame', async () => {
    session = await launchExtension();
    const form = new OnboardingPage(await waitForPage(session.context, '/options.html'));
    const today = planDayAt(Date.now(), 4);
    await putRecords(form.page, seed(today));
    // A new tab reads the plan and keeps its snapshot for the next first paint; then it is closed.
    const first = new TodayPage(await session.open('newtab.html'));
    await first.page.getByText('40 days to your exam').first().waitFor();
    // The tab's own write (the message it records as shown) drops the snapshot and keeps a fresh one: wait for it.
    await expect.poll(() => first.page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);
    await first.page.close();

    await form.page.reload();
    await form.examDate().fill(addDays(today, 54));
    await form.page.getByRole('button', { name: 'Save changes' }).click();
    await form.page
      .getByRole('status')
      .filter({ hasText: /^Saved\./ })
      .waitFor();

    // Every countdown the next new tab ever draws, from its very first frame.
    await session.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenCountdowns: string[] }).seenCountdowns = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('h1, h2, p')) {
          const text = el.textContent ?? '';
          if (/\d+ days? to your exam/.test(text) && !seen.includes(text)) seen.push(text);
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const next = await session.open('newtab.html');
    await next.getByText('54 days to your exam').first().waitFor();
    const seen = await next.evaluate(() => (window as unknown as { seenCountdowns: string[] }).seenCountdowns);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((text) => text.includes('40 days'))).toEqual([]);
  });
});
