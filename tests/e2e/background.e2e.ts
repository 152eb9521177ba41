// The background coach in real Chromium: alarms derived from the stored state, a focus block started from the
// popup, the real alarm handler raising the notification, and everything back after a browser restart.
import { mkdirSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, planDayAt } from '../../lib/domain/day';
import { defaultSettings } from '../../lib/domain/settings';
import type { Task } from '../../lib/domain/types';
import { putRecords, readStores } from './pages/extension-db';
import { describeInBrowser, launchExtension, type ExtensionSession } from './fixtures';
import { FocusControlPage } from './pages/focus-control';

const SHOTS = '/tmp/shots/background';
const MIN = 60_000;

interface WorkerAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

// The worker's own `chrome` (evaluated inside the service worker), typed as far as these tests use it.
declare const chrome: {
  alarms: { getAll(): Promise<WorkerAlarm[]>; create(name: string, info: { when: number }): Promise<void> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
};

const alarms = (worker: Worker) => worker.evaluate(() => chrome.alarms.getAll());
const notificationIds = async (worker: Worker) =>
  Object.keys(await worker.evaluate(() => chrome.notifications.getAll()));
const moveAlarm = (worker: Worker, name: string) =>
  worker.evaluate((n) => chrome.alarms.create(n, { when: Date.now() + 1_000 }), name);

/** Onboarding-like seeding: settings that count as onboarded, today's tasks and a practice exam in three days. */
async function seedPlan(page: Page): Promise<{ today: string; examDay: string }> {
  const today = planDayAt(Date.now(), defaultSettings.dayStartHour);
  const examDay = addDays(today, 3);
  const settings = {
    ...defaultSettings,
    examDate: addDays(today, 40),
    startDate: today,
    updatedAt: new Date().toISOString(),
  };
  const task = (day: string, order: number, fields: Partial<Task>): Task => ({
    id: `${day}-${order}`,
    day,
    kind: 'question-block',
    title: `Task ${order}`,
    minutes: 60,
    status: 'todo',
    order,
    priority: 2,
    ...fields,
  });
  const tasks = [
    task(today, 0, { title: 'Cardiology question block', questions: 40 }),
    task(examDay, 0, { kind: 'practice-exam', title: 'NBME 31', minutes: 240 }),
  ];
  await putRecords(page, { settings, tasks });
  return { today, examDay };
}

/** Rewrites the stored session so that its time runs out a second from now, as if it had been running all along. */
async function makeSessionEndSoon(page: Page, id: string): Promise<void> {
  const session = (await readStores(page, ['focusSessions'])).focusSessions.find((s) => s.id === id);
  if (!session) throw new Error(`no focus session ${id}`);
  await putRecords(page, {
    focusSessions: [{ ...session, startedAt: Date.now() + 1_000 - session.plannedMinutes * MIN }],
  });
}

describeInBrowser('the background coach', () => {
  let session: ExtensionSession;
  let popup: Page;
  let focusEnd: WorkerAlarm | undefined;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension();
  });
  afterAll(async () => session?.dispose());

  it("derives the day's alarms from an onboarded plan", async () => {
    popup = await session.open('popup.html');
    await popup.getByRole('button', { name: 'Start focus' }).waitFor();
    const { examDay } = await seedPlan(popup);
    // Any alarm makes the real handler run syncAlarms; an unowned focus tick is then cleared.
    await moveAlarm(session.worker, 'focus-tick');
    await expect
      .poll(async () => (await alarms(session.worker)).map((a) => a.name.split(':')[0]).sort(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['day-rollover', 'morning', 'practice-eve']));
    const names = (await alarms(session.worker)).map((a) => a.name);
    expect(names).toContain(`practice-eve:${examDay}`);
    expect(names).not.toContain('focus-tick');
  });

  it('schedules the end of a block started from the popup and shows the time left', async () => {
    await popup.setViewportSize({ width: 360, height: 320 });
    const before = Date.now();
    await new FocusControlPage(popup).start();
    await expect
      .poll(async () => (await alarms(session.worker)).find((a) => a.name.startsWith('focus-end:')), {
        timeout: 10_000,
      })
      .toBeDefined();
    focusEnd = (await alarms(session.worker)).find((a) => a.name.startsWith('focus-end:'));
    expect(focusEnd!.scheduledTime).toBeGreaterThanOrEqual(before + 50 * MIN);
    expect(focusEnd!.scheduledTime).toBeLessThan(Date.now() + 50 * MIN + 1_000);
    expect(await new FocusControlPage(popup).minutesLeft()).toBe(50);
    await popup.screenshot({ path: `${SHOTS}/popup-focus-running.png` });
  });

  it("puts an alarm that fired too early back at the block's real end", async () => {
    await moveAlarm(session.worker, focusEnd!.name);
    await expect
      .poll(async () => (await alarms(session.worker)).find((a) => a.name === focusEnd!.name)?.scheduledTime, {
        timeout: 10_000,
      })
      .toBeGreaterThan(Date.now() + 49 * MIN);
    expect(await notificationIds(session.worker)).toEqual([]);
  });

  it('raises the block-done notification from the real handler and starts the break', async () => {
    await makeSessionEndSoon(popup, focusEnd!.name.slice('focus-end:'.length));
    await moveAlarm(session.worker, focusEnd!.name);
    await expect.poll(() => notificationIds(session.worker), { timeout: 10_000 }).toContain(focusEnd!.name);
    await expect
      .poll(async () => (await alarms(session.worker)).some((a) => a.name.startsWith('break-end:')), {
        timeout: 10_000,
      })
      .toBe(true);
    await popup.getByText(/Short break/).waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-break.png` });
  });

  it('has the alarms and the right time left after the browser restarts', async () => {
    await popup.getByRole('button', { name: 'Start focus' }).click();
    await popup.getByRole('button', { name: 'Stop focus' }).waitFor();
    const running = (await alarms(session.worker)).find((a) => a.name.startsWith('focus-end:'))!;
    await session.close();
    session = await launchExtension({ userDataDir: session.userDataDir });
    await expect
      .poll(async () => (await alarms(session.worker)).find((a) => a.name === running.name)?.scheduledTime, {
        timeout: 15_000,
      })
      .toBe(running.scheduledTime);
    const names = (await alarms(session.worker)).map((a) => a.name.split(':')[0]);
    expect(names).toEqual(expect.arrayContaining(['morning', 'day-rollover', 'focus-tick']));
    popup = await session.open('popup.html');
    await popup.setViewportSize({ width: 360, height: 320 });
    const control = new FocusControlPage(popup);
    await popup.getByRole('button', { name: 'Stop focus' }).waitFor();
    expect(await control.minutesLeft()).toBe(Math.ceil((running.scheduledTime - Date.now()) / MIN));
    await popup.screenshot({ path: `${SHOTS}/popup-after-restart.png` });
  });
});

describeInBrowser('the focus control in dark mode', () => {
  let session: ExtensionSession | undefined;
  afterAll(async () => session?.dispose());

  it('keeps its time left and buttons readable', async () => {
    session = await launchExtension({ colorScheme: 'dark' });
    const popup = await session.open('popup.html');
    await popup.setViewportSize({ width: 360, height: 320 });
    await new FocusControlPage(popup).start();
    const colors = await popup
      .getByText(/min left/)
      .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
    // theme.css's dark --text on dark --bg.
    expect(colors).toEqual(['rgb(232, 230, 225)', 'rgb(21, 24, 28)']);
    await popup.screenshot({ path: `${SHOTS}/popup-focus-running-dark.png` });
  });
});

describeInBrowser('the Reminders section of the settings page', () => {
  let session: ExtensionSession | undefined;
  afterAll(async () => session?.dispose());

  it('moves the evening review alarm when its time is saved', async () => {
    session = await launchExtension();
    const options = await session.open('options.html');
    // Before a plan the page is the onboarding alone; the Reminders section shows once the plan is there.
    await options.getByLabel('Exam date', { exact: true }).waitFor();
    await seedPlan(options);
    await options.reload();
    await options.getByRole('button', { name: 'Save reminders' }).waitFor();
    const evening = options.getByLabel('Evening review time');
    await evening.fill('20:15');
    await options.getByRole('button', { name: 'Save reminders' }).click();
    await options.getByText(/Reminders saved/).waitFor();
    const reminder = (await alarms(session.worker)).find((a) => a.name.startsWith('evening:'));
    expect(
      reminder && [new Date(reminder.scheduledTime).getHours(), new Date(reminder.scheduledTime).getMinutes()],
    ).toEqual([20, 15]);
    await options.getByRole('region', { name: 'Reminders' }).screenshot({ path: `${SHOTS}/options-reminders.png` });
  });
});

describeInBrowser('the focus control on the new tab', () => {
  let session: ExtensionSession | undefined;
  afterAll(async () => session?.dispose());

  it("offers to start focus on the day's next task", async () => {
    session = await launchExtension();
    const tab = await session.open('newtab.html');
    await tab.getByRole('button', { name: 'Start focus' }).waitFor();
    await seedPlan(tab);
    await tab.reload();
    await tab.getByText('Next up: Cardiology question block').waitFor();
    await new FocusControlPage(tab).start();
    await tab.getByText('Focusing on Cardiology question block.').waitFor();
    await tab.screenshot({ path: `${SHOTS}/newtab-focus-running.png` });
  });
});
