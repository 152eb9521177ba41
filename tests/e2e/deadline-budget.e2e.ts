// The school deadline and the retake budget in the real browser: onboarding with a deadline shows the latest day to
// sit; an exam date moved past it in Settings brings the warning; an exam fee of the student's own survives a reload
// and an export, and a backup imported into a fresh profile shows the same budget.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { addDays, planDayAt } from '../../lib/domain/day';
import { latestDayToSit } from '../../lib/domain/deadlines';
import { dayLabelWithYear } from '../../lib/domain/format/day-words';
import { describeInBrowser, launchExtension, waitForPage, type ExtensionSession } from './fixtures';
import { BackupSection } from './pages/backup-section';
import { DeadlineFields, RetakeBudget } from './pages/deadline-budget';
import { OnboardingPage } from './pages/onboarding-page';

const SHOTS = 'tests/e2e/screenshots/deadlines';

describeInBrowser('the school deadline and the retake budget', () => {
  const sessions: ExtensionSession[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.dispose();
  });

  it('shows the latest day to sit, warns when the exam date moves past it, and keeps the budget through a reload and a backup', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const session = await launchExtension();
    sessions.push(session);
    const form = new OnboardingPage(await waitForPage(session.context, '/options.html'));
    const dates = new DeadlineFields(form.page);
    await form.examDate().waitFor();

    // Onboard with a school deadline well after the exam and its results.
    const today = planDayAt(Date.now(), 4);
    const examDate = addDays(today, 60);
    const deadline = addDays(examDate, 7 * 6 + 30);
    const latest = latestDayToSit({ deadline, resultWeeks: 6, today }).day!;
    expect(await dates.resultWeeks().inputValue()).toBe('6');
    await form.examDate().fill(examDate);
    await dates.schoolDeadline().fill(deadline);
    await form.step('Questions and forms');
    await form.bank().fill('1800');
    for (const name of ['NBME Form 30', 'USMLE Free 120 (sample questions)'])
      await form.practiceExams().getByRole('checkbox', { name }).check();
    await form.create();
    await form.page.getByRole('status').filter({ hasText: 'Your plan is ready' }).waitFor();
    expect(await dates.latestDay().textContent()).toBe(`Latest day to sit: ${dayLabelWithYear(latest)}`);
    expect(await dates.notices().count()).toBe(0);

    // The plan page says it too.
    await form.page.goto(`chrome-extension://${session.extensionId}/plan.html`);
    await form.page.getByText(`Latest day to sit: ${dayLabelWithYear(latest)}`).waitFor();

    // Settings: the exam date moves past the latest day; the warning says by how much it misses the deadline.
    await form.page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await form.examDate().fill(addDays(latest, 10));
    await form.page.getByRole('button', { name: 'Save changes' }).click();
    await form.page
      .getByRole('status')
      .filter({ hasText: /^Saved\./ })
      .waitFor();
    await form.page.reload();
    const warning = dates.notices();
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(
      new RegExp(
        `after your latest day to sit, ${dayLabelWithYear(latest)}.*10 days after your school's deadline, ${dayLabelWithYear(deadline)}`,
      ),
    );
    await dates.section().screenshot({ path: `${SHOTS}/warning-light.png` });
    await form.page.emulateMedia({ colorScheme: 'dark' });
    await dates.section().screenshot({ path: `${SHOTS}/warning-dark.png` });
    await form.page.emulateMedia({ colorScheme: 'light' });

    // The budget: the student's own exam fee, kept through a reload.
    let budget = new RetakeBudget(form.page);
    expect(await budget.field('Exam fee').inputValue()).toBe('680');
    expect(await budget.total().textContent()).toBe('Total $740');
    await budget.field('Exam fee').fill('725');
    await budget.save();
    await budget.region.getByText('Budget saved.').waitFor();
    await form.page.reload();
    budget = new RetakeBudget(form.page);
    expect(await budget.field('Exam fee').inputValue()).toBe('725');
    expect(await budget.total().textContent()).toBe('Total $785');
    await budget.region.screenshot({ path: `${SHOTS}/budget-light.png` });
    await form.page.emulateMedia({ colorScheme: 'dark' });
    await budget.region.screenshot({ path: `${SHOTS}/budget-dark.png` });
    await form.page.emulateMedia({ colorScheme: 'light' });

    // Export, then import into a fresh profile: the same budget and the same dates.
    const exported = await new BackupSection(form.page).export();
    expect(exported.backup.settings).toMatchObject({ schoolDeadline: deadline, resultWeeks: 6 });
    expect(exported.backup.settings.budget).toEqual({
      hidden: false,
      testsAbroad: false,
      amounts: { examFee: 725 },
      paid: [],
    });
    const fresh = await launchExtension();
    sessions.push(fresh);
    const page = await waitForPage(fresh.context, '/options.html');
    await new OnboardingPage(page).examDate().waitFor();
    const section = new BackupSection(page);
    await section.choose(exported.name, JSON.stringify(exported.backup));
    await section.region.getByRole('button', { name: 'Replace everything' }).click();
    await expect.poll(() => section.status().textContent()).toMatch(/Backup imported/);
    const imported = new RetakeBudget(page);
    await imported.region.waitFor();
    expect(await imported.field('Exam fee').inputValue()).toBe('725');
    expect(await imported.total().textContent()).toBe('Total $785');
    expect(await new DeadlineFields(page).schoolDeadline().inputValue()).toBe(deadline);
    expect(readFileSync(`${SHOTS}/budget-light.png`).length).toBeGreaterThan(1000);
    // Two browser profiles, a plan made twice and a backup round trip: a minute or more on a busy two-core machine.
  }, 180_000);

  it('keeps a budget typed and not saved through a plan-settings save, and the checkpoint names the free-change cut-off', async () => {
    const session = await launchExtension();
    sessions.push(session);
    const form = new OnboardingPage(await waitForPage(session.context, '/options.html'));
    await form.examDate().waitFor();
    // 100 days out: the baseline form comes well before the free-rescheduling cut-off, 46 days before the exam.
    const today = planDayAt(Date.now(), 4);
    const examDate = addDays(today, 100);
    const cutoff = addDays(examDate, -46);
    await form.examDate().fill(examDate);
    await form.step('Questions and forms');
    await form.bank().fill('1800');
    for (const name of ['NBME Form 29', 'NBME Form 30', 'USMLE Free 120 (sample questions)'])
      await form.practiceExams().getByRole('checkbox', { name }).check();
    await form.create();
    await form.page.getByRole('status').filter({ hasText: 'Your plan is ready' }).waitFor();

    // The exam fee typed, not saved; then the plan settings gain a third NBME form and are saved.
    const budget = new RetakeBudget(form.page);
    // The budget section hears the plan's save and reads its new defaults a moment after the confirmation.
    await expect.poll(() => budget.field('Practice exams').inputValue()).toBe('120');
    await budget.field('Exam fee').fill('725');
    await form.practiceExams().getByRole('checkbox', { name: 'NBME Form 31' }).check();
    await form.page.getByRole('button', { name: 'Save changes' }).click();
    await form.page
      .getByRole('status')
      .filter({ hasText: /^Saved\./ })
      .waitFor();
    await budget.region.getByText(/^Updated elsewhere: Practice exams now shows its new figure\./).waitFor();
    expect(await budget.field('Exam fee').inputValue()).toBe('725');
    expect(await budget.field('Practice exams').inputValue()).toBe('180');
    expect(await budget.total().textContent()).toBe('Total $905');
    await budget.region.screenshot({ path: `${SHOTS}/budget-updated-elsewhere.png` });
    await budget.save();
    await budget.region.getByText('Budget saved.').waitFor();
    await form.page.reload();
    expect(await new RetakeBudget(form.page).field('Exam fee').inputValue()).toBe('725');

    // The plan page: the checkpoint before the cut-off says until when a move is free, with its source.
    await form.page.goto(`chrome-extension://${session.extensionId}/plan.html`);
    const checkpoint = form.page.locator('.plan-task.kind-checkpoint').first();
    await checkpoint.getByText('What to weigh, and what a later date costs').click();
    await expect
      .poll(() => checkpoint.textContent())
      .toContain(`free until ${dayLabelWithYear(cutoff)}, 46 days before it`);
    // Its source folded beside it, flagged (issue 11: every fact shown carries its date and source).
    await checkpoint.getByText('Source, not yet confirmed').click();
    await checkpoint.getByText(/As of 2025-era FSMB page/).waitFor();
    expect(await checkpoint.getByRole('link', { name: /fsmb/ }).count()).toBe(1);
    await checkpoint.screenshot({ path: `${SHOTS}/checkpoint-light.png` });
    await form.page.emulateMedia({ colorScheme: 'dark' });
    await checkpoint.screenshot({ path: `${SHOTS}/checkpoint-dark.png` });
  }, 180_000);
});
