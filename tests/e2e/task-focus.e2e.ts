// A focus block started from a task's own "Focus on <title>" button (issue 13): the block is on that task, its
// length is the task's own minutes when shorter, else the last length the student picked, and it works from the
// keyboard in the popup as on the new tab.
import { afterEach, expect, it } from 'vitest';
import type { Task } from '../../lib/domain/types';
import { describeInBrowser, launchExtension, waitForPage, type ExtensionSession } from './fixtures';
import { readStores } from './pages/extension-db';
import { FocusControlPage } from './pages/focus-control';
import { seedDatabase } from './pages/progress-page';
import { TodayPage } from './pages/today-page';
import { seededPlan } from './seeded-plan';

/** Today's tasks made known: a 15-minute check-in, a 90-minute question block, one done, and the rest as planned. */
function seeded() {
  const { settings, tasks, today } = seededPlan();
  const base = tasks.find((t) => t.day === today)!;
  const mine = (order: number, fields: Partial<Task>): Task => ({ ...base, id: `mine-${order}`, order, ...fields });
  const todays = [
    mine(0, { kind: 'support', title: 'Check in with your advisor', minutes: 15, detail: undefined }),
    mine(1, { kind: 'question-block', title: 'Renal: 60 timed questions', minutes: 90, questions: 60 }),
    mine(2, { kind: 'question-block', title: 'Cardio: 20 questions', minutes: 30, status: 'done' }),
  ];
  return { settings, today, tasks: [...tasks.filter((t) => t.day !== today), ...todays] };
}

const focusSessions = async (page: TodayPage) => (await readStores(page.page, ['focusSessions'])).focusSessions;

describeInBrowser("a focus block from a task's own button", () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    await session?.dispose();
    session = undefined;
  });

  it('starts on that task at its length, remembers the length picked, and leaves done tasks without one', async () => {
    session = await launchExtension();
    await waitForPage(session.context, '/options.html');
    const setup = await session.open('progress.html');
    await seedDatabase(setup, seeded());
    await setup.close();

    const tab = new TodayPage(await session.context.newPage());
    await tab.page.goto('chrome://newtab');
    await tab.page.getByRole('button', { name: 'Start focus' }).waitFor();
    const focus = new FocusControlPage(tab.page);
    // A done task has no start control; the others do, named after the task and never "Start focus".
    expect(await tab.tasks().getByRole('button').allTextContents()).toEqual(['Focus', 'Focus']);
    expect(await tab.tasks().getByRole('button', { name: 'Focus on Cardio: 20 questions' }).count()).toBe(0);

    // The 15-minute check-in gets a 15-minute block, not the usual 50.
    await tab.tasks().getByRole('button', { name: 'Focus on Check in with your advisor' }).click();
    await tab.page.getByRole('button', { name: 'Stop focus' }).waitFor();
    expect(await focus.region().textContent()).toContain('Focusing on Check in with your advisor.');
    expect(await focus.minutesLeft()).toBe(15);
    expect((await focusSessions(tab)).map((s) => [s.taskId, s.plannedMinutes])).toEqual([['mine-0', 15]]);
    await tab.page.getByRole('button', { name: 'Stop focus' }).click();

    // The student picks 30 minutes in the Now card and starts: that length is remembered...
    await tab.page
      .getByRole('combobox', { name: 'Focus length' })
      .selectOption({ label: '30 min, like an exam block' });
    await focus.start();
    await tab.page.getByRole('button', { name: 'Stop focus' }).click();
    await tab.page.getByRole('button', { name: 'Start focus' }).waitFor();

    // ...so the 90-minute block, started from the popup with the keyboard, is 30 minutes long.
    const popup = new TodayPage(await session.open('popup.html'));
    await popup.page.setViewportSize({ width: 380, height: 600 });
    const renal = popup.tasks().getByRole('button', { name: 'Focus on Renal: 60 timed questions' });
    // Pressed from low on the page: the Now card comes back into view with the block, its Pause button focused.
    await popup.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await renal.focus();
    await popup.page.keyboard.press('Enter');
    await popup.page.getByRole('button', { name: 'Stop focus' }).waitFor();
    await expect.poll(() => popup.page.evaluate(() => document.activeElement?.textContent)).toBe('Pause');
    const card = (await popup.page.getByRole('region', { name: 'Now' }).boundingBox())!;
    expect(card.y + card.height).toBeGreaterThan(0);
    expect(card.y).toBeLessThan(600);
    expect(await new FocusControlPage(popup.page).minutesLeft()).toBe(30);
    expect((await focusSessions(popup)).filter((s) => s.taskId === 'mine-1').map((s) => s.plannedMinutes)).toEqual([
      30,
    ]);
    // The new tab follows: the block is on the renal task there too.
    await expect.poll(() => focus.region().textContent()).toContain('Focusing on Renal: 60 timed questions.');
  });
});
