import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { addDays, planDayAt, weekdayIndex } from '../../lib/domain/day';
import { describeInBrowser, launchExtension, waitForPage, type ExtensionSession } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';

const SHOTS = resolve(__dirname, 'screenshots');

describeInBrowser('onboarding', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => session?.dispose());

  it('before a plan, shows only the set-up steps: no reminders, no deciding when to sit, no backup section (issue 13)', async () => {
    session = await launchExtension();
    const form = new OnboardingPage(await waitForPage(session.context, '/options.html'));
    await form.examDate().waitFor();
    for (const heading of ['Reminders', 'Deciding when to sit', 'Backup'])
      expect(await form.page.getByRole('heading', { name: heading, exact: true }).count(), heading).toBe(0);
    // Restoring a backup from another computer is one folded link, its controls hidden until it is opened.
    expect(await form.page.getByRole('button', { name: 'Export backup' }).isVisible()).toBe(false);
    expect(await form.page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    await form.page.getByText('Moving from another computer? Restore a backup instead').waitFor();
  });

  it('refuses a bad input with an alert and writes nothing', async () => {
    session = await launchExtension();
    const form = new OnboardingPage(await waitForPage(session.context, '/options.html'));
    await form.examDate().waitFor();
    const today = planDayAt(Date.now(), 4);
    await form.examDate().fill(addDays(today, -3));
    await form.step('Time');
    await form.hours('Monday').fill('30');
    await form.step('Questions and forms');
    await form.bank().fill('5000000');
    await form.create();
    const alert = form.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/3 things need fixing/);
    expect(await form.examDate().getAttribute('aria-invalid')).toBe('true');
    expect(await form.page.locator('#exam-date-error').textContent()).toMatch(/not in the future/);
    expect(await form.page.locator('#hours-0-error').textContent()).toMatch(/Monday: 30 hours/);
    expect(await form.page.evaluate(() => document.activeElement?.id)).toBe('exam-date');
    mkdirSync(SHOTS, { recursive: true });
    await form.page.screenshot({ path: `${SHOTS}/onboarding-errors.png`, fullPage: false });
    expect(await form.counts()).toEqual({ tasks: 0, attempts: 0, settings: 0 });

    // Not booked yet: the page says when the attempt rules allow the next sitting.
    await form.page.getByRole('checkbox', { name: 'Not booked yet' }).check();
    for (const date of [addDays(today, -300), addDays(today, -120), addDays(today, -30)]) {
      await form.page.getByRole('button', { name: 'Add a past attempt' }).click();
      await form.page
        .getByLabel(/^Attempt \d date$/)
        .last()
        .fill(date);
    }
    const earliest = form.page.getByText(
      /^Earliest date the attempt rules allow: [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}\.$/,
    );
    await earliest.waitFor();
    await form.page
      .getByRole('region', { name: 'Your exam' })
      .screenshot({ path: `${SHOTS}/onboarding-not-booked.png` });
  });

  it('creates the plan from the contract fields and shows it on the plan page', async () => {
    session = await launchExtension();
    const form = new OnboardingPage(await waitForPage(session.context, '/options.html'));
    await form.examDate().waitFor();
    mkdirSync(SHOTS, { recursive: true });
    await form.page.screenshot({ path: `${SHOTS}/onboarding-light.png`, fullPage: true });
    await form.step('Score report');
    await form.page
      .getByRole('region', { name: 'Your score report' })
      .screenshot({ path: `${SHOTS}/onboarding-score-light.png` });
    await form.step('Exam');
    await form.page.emulateMedia({ colorScheme: 'dark' });
    await form.page.screenshot({ path: `${SHOTS}/onboarding-dark.png`, fullPage: true });
    await form.page.evaluate(() => window.scrollTo(0, 0));
    await form.page.screenshot({ path: `${SHOTS}/onboarding-top-dark.png` });
    await form.page.emulateMedia({ colorScheme: 'light' });

    const today = planDayAt(Date.now(), 4);
    expect(await form.page.getByLabel('Exam', { exact: true }).inputValue()).toBe('usmle-step1');
    await form.examDate().fill(addDays(today, 60));
    // One day off a week, never today (the test ticks one of today's tasks later).
    const offDay = weekdayIndex(today) === 6 ? 'Saturday' : 'Sunday';
    const offIndex = offDay === 'Sunday' ? 6 : 5;
    await form.step('Time');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
      await form.hours(day).fill(day === offDay ? '0' : '6');
    await form.band('Cardiovascular System', 'Lower');
    await form.band('Pathology', 'Higher');
    await form.step('Questions and forms');
    await form.bank().fill('2400');
    expect(await form.page.getByLabel('Practice exams available').count()).toBe(1);
    for (const name of ['NBME Form 29', 'NBME Form 30', 'USMLE Free 120 (sample questions)'])
      await form.practiceExams().getByRole('checkbox', { name }).check();
    await form.create();

    const done = form.page.getByRole('status').filter({ hasText: 'Your plan is ready' });
    await done.waitFor();
    await form.page.screenshot({ path: `${SHOTS}/onboarding-created.png` });
    const counts = await form.counts();
    expect(counts.settings).toBe(1);
    expect(counts.tasks).toBeGreaterThan(100);
    expect(await form.page.getByRole('button', { name: 'Save changes' }).count()).toBe(1);

    await done.getByRole('link', { name: 'See your whole plan' }).click();
    await form.page.waitForURL(/plan\.html/);
    const plan = form.page;
    await plan.getByRole('heading', { name: 'Your plan', level: 1 }).waitFor();
    expect(await plan.getByText('Today', { exact: true }).count()).toBeGreaterThan(0);
    expect(await plan.getByText(/Write down what went wrong on your first attempt/).count()).toBe(1);
    expect(await plan.getByText(/NBME Form 30/).count()).toBeGreaterThan(0);
    await plan.screenshot({ path: `${SHOTS}/plan-light.png` });
    await plan.emulateMedia({ colorScheme: 'dark' });
    await plan.screenshot({ path: `${SHOTS}/plan-dark.png` });
    await plan.emulateMedia({ colorScheme: 'light' });

    // Later, on the same page: the day off gets 3 hours. Today's ticked task stays; the future is made again.
    const before = await form.tasks();
    const first = before.filter((t) => t.day === today).sort((a, b) => a.order - b.order)[0]!;
    await form.markDone(first.id);
    await plan.goto(`chrome-extension://${session.extensionId}/options.html`);
    await form.hours(offDay).fill('3');
    await plan.getByRole('button', { name: 'Save changes' }).click();
    await plan
      .getByRole('status')
      .filter({ hasText: /^Saved\./ })
      .waitFor();
    const after = await form.tasks();
    expect(after.find((t) => t.id === first.id)?.status).toBe('done');
    const onOffDay = (list: typeof after) =>
      list.filter((t) => weekdayIndex(t.day) === offIndex && t.day < addDays(today, 50)).length;
    expect(onOffDay(before)).toBe(0);
    expect(onOffDay(after)).toBeGreaterThan(0);

    // A save in another tab reloads this form, so a stale form cannot save over it.
    const other = new OnboardingPage(await session.open('options.html'));
    await other.bank().fill('1800');
    await other.page.getByRole('button', { name: 'Save changes' }).click();
    await other.page
      .getByRole('status')
      .filter({ hasText: /^Saved\./ })
      .waitFor();
    await expect.poll(() => form.bank().inputValue()).toBe('1800');
  });
});
