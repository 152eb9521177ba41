// Keyboard-only use: every control a Tab reaches has a name and a visible focus ring, a task is checked with Space
// and a focus block started with Enter, without a mouse.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchExtension, waitForPage, type ExtensionSession } from './fixtures';
import { seedDatabase, storedTasks } from './pages/progress-page';
import { seededPlan } from './seeded-plan';

interface TabStop {
  tag: string;
  role: string;
  name: string;
  ringVisible: boolean;
}

/** Presses Tab and describes what has the focus: its accessible name (roughly as a screen reader computes it) and
 * whether a focus ring is drawn. */
async function tab(page: Page): Promise<TabStop> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', role: '', name: '', ringVisible: false };
    const byIds = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const labels =
      'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '').join(' ') : '';
    const name =
      (el.getAttribute('aria-label') ?? '') ||
      byIds(el.getAttribute('aria-labelledby')) ||
      labels ||
      el.getAttribute('title') ||
      (el.tagName === 'INPUT' ? '' : el.textContent) ||
      '';
    const style = getComputedStyle(el);
    // A date input's last Tab stop is the browser's own calendar button inside it: the input no longer matches
    // :focus, and the browser draws that button's ring itself.
    const onNativePicker =
      el instanceof HTMLInputElement && (el.type === 'date' || el.type === 'time') && !el.matches(':focus');
    const ringVisible =
      onNativePicker ||
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      style.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role') ?? (el as HTMLInputElement).type ?? '',
      name: name.trim(),
      ringVisible,
    };
  });
}

/** Tabs until `found` says yes, checking every stop on the way; fails after `limit` stops. */
async function tabUntil(page: Page, found: (stop: TabStop) => boolean, limit = 80): Promise<TabStop> {
  for (let i = 0; i < limit; i++) {
    const stop = await tab(page);
    expect(stop.name, `a ${stop.tag} reached by Tab has no name`).not.toBe('');
    expect(stop.ringVisible, `"${stop.name}" has no visible focus ring`).toBe(true);
    if (found(stop)) return stop;
  }
  throw new Error(`not reached within ${limit} Tab presses`);
}

describeInBrowser('keyboard-only use', () => {
  let session: ExtensionSession;
  const plan = seededPlan();
  const first = plan.tasks.filter((t) => t.day === plan.today).sort((a, b) => a.order - b.order)[0]!;

  beforeAll(async () => {
    session = await launchExtension();
    await waitForPage(session.context, '/options.html');
    const setup = await session.open('progress.html');
    await seedDatabase(setup, plan);
    await setup.close();
  });
  afterAll(() => session?.dispose());

  it('starts a focus block with Enter and checks the first task with Space in the popup', async () => {
    const popup = await session.open('popup.html');
    await popup.getByRole('list', { name: "Today's tasks" }).waitFor();
    await popup.getByRole('button', { name: 'Start focus' }).waitFor();
    // Focus first (issue 13): Start focus comes before the day's tasks in the popup.
    await tabUntil(popup, (stop) => stop.name === 'Start focus');
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Stop focus' }).waitFor();

    await tabUntil(popup, (stop) => stop.tag === 'input' && stop.name.includes(first.title));
    await popup.keyboard.press('Space');
    await expect.poll(async () => (await storedTasks(popup)).find((t) => t.id === first.id)?.status).toBe('done');
  });

  it('reaches every control of the settings page with a name and a visible focus ring', async () => {
    const options = await session.open('options.html');
    await options.getByRole('button', { name: 'Export backup' }).waitFor();
    // The last control of the page: everything before it was passed on the way.
    await tabUntil(options, (stop) => stop.name === 'Export backup', 400);
  });
});
