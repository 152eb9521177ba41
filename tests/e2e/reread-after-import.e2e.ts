// "Every open page re-reads after an import or undo": the new tab, the popup page, the plan and the progress page stay
// open while the settings page imports a backup and then undoes it. Each shows the imported data, then the old data
// again, without a reload (the import and the undo announce every store they replaced).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appStateWithDefaults } from '../../lib/domain/app-state';
import { toBackup } from '../../lib/domain/backup';
import { splitAppState } from '../../lib/domain/backup/split-app-state';
import { addDays } from '../../lib/domain/day';
import { describeInBrowser, launchExtension, type ExtensionSession } from './fixtures';
import { BackupSection } from './pages/backup-section';
import { putRecords } from './pages/extension-db';
import { seededPlan } from './seeded-plan';

const text = async (page: Page) => (await page.locator('body').textContent()) ?? '';

describeInBrowser('every open page re-reads after an import or undo', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => session?.dispose());

  it('shows the imported data, then the old data again, on every open page, without a reload', async () => {
    const mine = seededPlan();
    const today = mine.today;
    const setup = await session.open('progress.html');
    await putRecords(setup, {
      settings: mine.settings,
      tasks: mine.tasks,
      attempts: [{ id: 'mine', examId: 'usmle-step1', date: '2026-03-02', outcome: 'fail' }],
    });
    const theirs = seededPlan({ examDate: addDays(today, 60) });
    // A file keeps the app's bookkeeping apart from the settings (schema version 6).
    const split = splitAppState(theirs.settings);
    const file = toBackup(
      {
        settings: split.settings,
        appState: appStateWithDefaults(split.appState),
        tasks: theirs.tasks,
        attempts: [
          { id: 'theirs-1', examId: 'usmle-step1', date: '2025-10-20', outcome: 'incomplete' },
          { id: 'theirs-2', examId: 'usmle-step1', date: '2026-03-02', outcome: 'fail' },
        ],
        questionLogs: [],
        assessments: [],
        focusSessions: [],
        journal: [],
        misses: [],
        quarantine: [],
      },
      new Date().toISOString(),
    );

    const pages = {
      newtab: await session.open('newtab.html'),
      popup: await session.open('popup.html'),
      plan: await session.open('plan.html'),
      progress: setup,
    };
    await setup.reload();
    // What each page shows of the student's own data, and of the file's.
    const own = {
      newtab: '40 days to your exam',
      popup: '40 days to your exam',
      plan: '40 days',
      progress: '1 of 4 attempts used',
    };
    const imported = {
      newtab: '60 days to your exam',
      popup: '60 days to your exam',
      plan: '60 days',
      progress: '2 of 4 attempts used',
    };
    const showAll = async (want: Record<keyof typeof pages, string>) => {
      for (const [name, page] of Object.entries(pages) as [keyof typeof pages, Page][])
        await expect.poll(() => text(page), { timeout: 15_000, message: name }).toContain(want[name]);
    };
    await showAll(own);
    const loads = Object.fromEntries(Object.keys(pages).map((name) => [name, 0]));
    for (const [name, page] of Object.entries(pages)) page.on('load', () => loads[name]!++);

    const options = await session.open('options.html');
    const backup = new BackupSection(options);
    await backup.choose('theirs.json', JSON.stringify(file));
    await backup.confirmation().getByRole('button', { name: 'Replace everything' }).click();
    await showAll(imported);

    await backup.region.getByRole('button', { name: 'Undo last import' }).click();
    await showAll(own);
    expect(loads).toEqual({ newtab: 0, popup: 0, plan: 0, progress: 0 });
  });
});
