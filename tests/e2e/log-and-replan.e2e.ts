import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, planDayAt } from '../../lib/domain/day';
import { defaultSettings } from '../../lib/domain/settings';
import type { Assessment, QuestionLog, Task } from '../../lib/domain/types';
import { buildPlan, dayCapacity, planInputFromSettings } from '../../lib/domain/planner';
import { describeInBrowser, launchExtension, waitForPage, type ExtensionSession } from './fixtures';
import { ProgressPage, seedDatabase, storedRecords, storedTasks } from './pages/progress-page';

const SHOTS = '/tmp/shots/log-and-replan';

/** A fresh profile opens the onboarding by itself; wait for it so that it cannot take over a page under test. */
async function launched(): Promise<ExtensionSession> {
  const session = await launchExtension();
  await waitForPage(session.context, '/options.html');
  return session;
}

function history(today: string) {
  const settings = {
    ...structuredClone(defaultSettings),
    examDate: addDays(today, 45),
    startDate: addDays(today, -20),
    goAheadPercent: 65,
    rescheduleDeadline: addDays(today, 10),
    lastReplannedDay: today,
    updatedAt: new Date().toISOString(),
  };
  const tasks: Task[] = [];
  const logs: QuestionLog[] = [];
  const areas = ['cardiovascular', 'respiratory-renal', 'gastrointestinal', 'biostats-epi'];
  for (let i = 20; i >= 1; i--) {
    const day = addDays(today, -i);
    const done = i % 6 !== 0;
    tasks.push({
      id: `qb-${i}`,
      day,
      kind: 'question-block',
      title: `Block ${i}`,
      minutes: 60 + (i % 4) * 60,
      status: done ? 'done' : 'skipped',
      order: 0,
      priority: 2,
    });
    tasks.push({
      id: `cr-${i}`,
      day,
      kind: 'content-review',
      title: `Review ${i}`,
      minutes: 90,
      status: i % 3 === 0 ? 'skipped' : 'done',
      order: 1,
      priority: 2,
    });
    if (done)
      logs.push({
        id: `l-${i}`,
        day,
        taskId: `qb-${i}`,
        questions: 40,
        correct: 20 + ((i * 7) % 13),
        mode: 'timed',
        areaIds: [areas[i % 4]!],
        minutes: 60,
        createdAt: `${day}T10:00:00Z`,
      });
  }
  const assessments: Assessment[] = [
    { id: 'a1', day: addDays(today, -18), formId: 'nbme-26', percentCorrect: 54, passProbability: 31, createdAt: '' },
    { id: 'a2', day: addDays(today, -9), formId: 'nbme-27', percentCorrect: 59, passProbability: 47, createdAt: '' },
    { id: 'a3', day: addDays(today, -2), formId: 'uwsa1', percentCorrect: 62, createdAt: '' },
  ];
  return { settings, tasks, questionLogs: logs, assessments };
}

describeInBrowser('log and replan: progress and replanning', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launched();
  });
  afterAll(async () => session?.dispose());

  describe('the progress page', () => {
    it('renders every chart with its numbers from the logged history', async () => {
      const today = planDayAt(Date.now(), defaultSettings.dayStartHour);
      const page = await session.open('progress.html');
      await seedDatabase(page, history(today));
      await page.reload();
      const progress = new ProgressPage(page);
      await progress.heading().waitFor();
      await expect.poll(() => progress.chart(/studied in all/).count()).toBe(1);
      expect(await page.getByRole('img').count()).toBe(5);
      await expect.poll(() => progress.table('Percent correct per area').getByRole('row').count()).toBe(5);
      expect(
        await progress
          .chart(/the latest, UWorld Self-Assessment 1, 62% correct\. Your Free 120 go-ahead level is 65% correct/)
          .count(),
      ).toBe(1);
      expect(await progress.standing().textContent()).toMatch(
        // Like with like (issue 11): the UWorld form has no level of its own; NBME Form 27's 47% chance of passing is
        // compared with the 90% go-ahead probability.
        /NBME Form 27 .*47% chance of passing: 43 points below your go-ahead level of 90%.*reschedule deadline is .*10 days away/s,
      );
      await page.screenshot({ path: `${SHOTS}/progress-light.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: `${SHOTS}/progress-dark.png`, fullPage: true });
      await page.close();
    });
  });
});

describeInBrowser('log and replan: the new tab', () => {
  let session: ExtensionSession;
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
  afterAll(async () => session?.dispose());

  it('replans a plan whose first five days passed unfinished, and says what moved', async () => {
    session = await launched();
    const today = planDayAt(Date.now(), defaultSettings.dayStartHour);
    const settings = {
      ...structuredClone(defaultSettings),
      examDate: addDays(today, 40),
      startDate: addDays(today, -5),
      bands: { cardiovascular: 'lower' as const },
      questionBankLeft: 2500,
      practiceFormIds: ['nbme-29', 'nbme-30', 'nbme-31'],
      updatedAt: new Date().toISOString(),
    };
    const plan = buildPlan(planInputFromSettings(settings, settings.startDate, 'p-'));
    const setup = await session.open('progress.html');
    await seedDatabase(setup, { settings, tasks: plan.tasks });
    const overdueBefore = plan.tasks.filter((t) => t.day < today && t.status === 'todo').length;
    expect(overdueBefore).toBeGreaterThan(5);

    const newTab = await session.open('newtab.html');
    const notice = newTab.getByRole('status', { name: 'What moved' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/\d+ tasks? moved from .* into free time ahead\./);
    await newTab.screenshot({ path: `${SHOTS}/newtab-replanned.png`, fullPage: true });

    const tasks = await storedTasks(newTab);
    // The past days keep their tasks exactly as they were; copies carry the unfinished work forward.
    const byDay = (list: Task[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byDay(tasks.filter((t) => t.day < today))).toEqual(byDay(plan.tasks.filter((t) => t.day < today)));
    const copies = tasks.filter((t) => !plan.tasks.some((p) => p.id === t.id));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      expect(copy.day >= today).toBe(true);
      expect(copy.id).toBe(`${copy.id.split('>')[0]}>${copy.day}`);
      expect(plan.tasks.find((p) => p.id === copy.id.split('>')[0])).toMatchObject({ day: copy.movedFrom });
    }
    const capacityInput = planInputFromSettings(settings, today, '');
    for (const day of new Set(tasks.filter((t) => t.day >= today).map((t) => t.day))) {
      const load = tasks.filter((t) => t.day === day && t.status !== 'skipped').reduce((sum, t) => sum + t.minutes, 0);
      expect(load, day).toBeLessThanOrEqual(dayCapacity(capacityInput, day));
    }
    expect(tasks.filter((t) => t.movedFrom !== undefined).length).toBe(copies.length);

    // The plan page shows a missed task on its day, and its copy on the new day.
    const planPage = await session.open('plan.html');
    await planPage.getByRole('heading', { level: 1, name: 'Your plan' }).waitFor();
    expect(await planPage.getByText(/ · missed$/).count()).toBeGreaterThan(0);
    expect(await planPage.getByText(/ · from \w{3} \d+$/).count()).toBe(copies.length);
    await planPage.screenshot({ path: `${SHOTS}/plan-missed.png`, fullPage: true });
  });

  it('logs a question block and a practice exam from the new tab', async () => {
    await session?.dispose();
    session = await launched();
    const today = planDayAt(Date.now(), defaultSettings.dayStartHour);
    const settings = {
      ...structuredClone(defaultSettings),
      examDate: addDays(today, 40),
      startDate: today,
      practiceFormIds: ['nbme-30', 'nbme-31'],
      lastReplannedDay: today,
      updatedAt: new Date().toISOString(),
    };
    const block: Task = {
      id: 'qb',
      day: today,
      kind: 'question-block',
      title: 'Cardiovascular: 40 timed questions',
      minutes: 60,
      questions: 40,
      areaIds: ['cardiovascular'],
      status: 'todo',
      order: 0,
      priority: 2,
    };
    const setup = await session.open('progress.html');
    await seedDatabase(setup, { settings, tasks: [block] });

    const newTab = await session.open('newtab.html');
    await newTab.getByText('Log a question block').click();
    const blockForm = newTab.getByRole('form', { name: 'Log a question block' });
    await blockForm.getByLabel('Correct').fill('29');
    await blockForm.getByRole('button', { name: 'Add a missed question' }).click();
    await blockForm.getByLabel('Question ID 1').fill('20551');
    // A second area ticked: the per-area counts are offered and filled (they are optional).
    await blockForm.getByRole('checkbox', { name: 'Pharmacology' }).check();
    await blockForm.getByLabel('Cardiovascular System: right').fill('20');
    await blockForm.getByLabel('Cardiovascular System: total').fill('25');
    await blockForm.getByLabel('Pharmacology: right').fill('9');
    await blockForm.getByLabel('Pharmacology: total').fill('15');
    await blockForm.screenshot({ path: `${SHOTS}/block-form-per-area-light.png` });
    await newTab.emulateMedia({ colorScheme: 'dark' });
    await blockForm.screenshot({ path: `${SHOTS}/block-form-per-area-dark.png` });
    await newTab.emulateMedia({ colorScheme: 'light' });
    await blockForm.getByRole('button', { name: 'Log block' }).click();
    await newTab.getByText(/Block logged/).waitFor();

    await newTab.getByText('Log a practice exam').click();
    const examForm = newTab.getByRole('form', { name: 'Log a practice exam' });
    await examForm.getByLabel('Equated percent correct').fill('63');
    await examForm.getByLabel('Estimated probability of passing (%)').fill('58');
    await examForm.getByRole('button', { name: 'Log practice exam' }).click();
    await newTab.getByText(/Practice exam logged/).waitFor();
    expect(await newTab.getByText(/Block logged/).count()).toBe(1);
    await newTab.screenshot({ path: `${SHOTS}/newtab-logged.png`, fullPage: true });

    const stored = await storedRecords(newTab);
    expect(stored.questionLogs).toEqual([
      expect.objectContaining({
        taskId: 'qb',
        questions: 40,
        correct: 29,
        areaIds: ['cardiovascular', 'pharmacology'],
        areaCounts: [
          { areaId: 'cardiovascular', questions: 25, correct: 20 },
          { areaId: 'pharmacology', questions: 15, correct: 9 },
        ],
      }),
    ]);
    expect(stored.misses).toEqual([expect.objectContaining({ questionId: '20551', due: addDays(today, 2) })]);
    expect(stored.assessments).toEqual([
      expect.objectContaining({ formId: 'nbme-30', percentCorrect: 63, passProbability: 58 }),
    ]);
    expect(stored.settings.practiceFormIds).toEqual(['nbme-31']);

    const popup = await session.open('popup.html');
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.emulateMedia({ colorScheme: 'dark' });
    // The popup keeps its logs behind one disclosure (issue 13: its first screen is for focus).
    await popup.getByText('Log your work').click();
    await popup.getByText('Evening reflection').click();
    expect(await popup.getByRole('form', { name: 'Evening reflection' }).count()).toBe(1);
    await popup.screenshot({ path: `${SHOTS}/popup-dark.png`, fullPage: true });
  });
});
