import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, planDayAt } from '../../lib/domain/day';
import { defaultSettings } from '../../lib/domain/settings';
import type { Assessment, QuestionLog, Task } from '../../lib/domain/types';
import { describeInBrowser, launchExtension, type ExtensionSession } from './fixtures';
import { ProgressPage, seedDatabase } from './pages/progress-page';

const SHOTS = '/tmp/shots/adapts';

function history(today: string) {
  const settings = { ...structuredClone(defaultSettings), examDate: addDays(today, 45), startDate: addDays(today, -20), goAheadPercent: 65, rescheduleDeadline: addDays(today, 10), lastReplannedDay: today, updatedAt: new Date().toISOString() };
  const tasks: Task[] = [];
  const logs: QuestionLog[] = [];
  const areas = ['cardiovascular', 'respiratory-renal', 'gastrointestinal', 'biostats-epi'];
  for (let i = 20; i >= 1; i--) {
    const day = addDays(today, -i);
    const done = i % 6 !== 0;
    tasks.push({ id: `qb-${i}`, day, kind: 'question-block', title: `Block ${i}`, minutes: 60 + (i % 4) * 60, status: done ? 'done' : 'skipped', order: 0, priority: 2 });
    tasks.push({ id: `cr-${i}`, day, kind: 'content-review', title: `Review ${i}`, minutes: 90, status: i % 3 === 0 ? 'skipped' : 'done', order: 1, priority: 2 });
    if (done) logs.push({ id: `l-${i}`, day, taskId: `qb-${i}`, questions: 40, correct: 20 + ((i * 7) % 13), mode: 'timed', areaIds: [areas[i % 4]!], minutes: 60, createdAt: `${day}T10:00:00Z` });
  }
  const assessments: Assessment[] = [
    { id: 'a1', day: addDays(today, -18), formId: 'nbme-26', percentCorrect: 54, passProbability: 31, createdAt: '' },
    { id: 'a2', day: addDays(today, -9), formId: 'nbme-27', percentCorrect: 59, passProbability: 47, createdAt: '' },
    { id: 'a3', day: addDays(today, -2), formId: 'uwsa1', percentCorrect: 62, createdAt: '' },
  ];
  return { settings, tasks, questionLogs: logs, assessments };
}

describeInBrowser('adapts: progress and replanning', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension();
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
      expect(await progress.chart(/the latest, UWorld Self-Assessment 1, 62% correct\. Your go-ahead level is 65%/).count()).toBe(1);
      expect(await progress.standing().textContent()).toMatch(/3 points below your go-ahead level of 65%.*reschedule deadline is .*10 days away/s);
      await page.screenshot({ path: `${SHOTS}/progress-light.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: `${SHOTS}/progress-dark.png`, fullPage: true });
      await page.close();
    });
  });
});
