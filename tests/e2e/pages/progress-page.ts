// Page object for progress.html, and the seeding every log-and-replan browser test shares: records written straight into
// the extension's IndexedDB from one of its pages, as the services would have left them.
import type { Page } from 'playwright-core';
import type { Settings } from '../../../lib/domain/settings';
import type { Assessment, QuestionLog, Task } from '../../../lib/domain/types';
import { putRecords, readStores } from './extension-db';

export interface SeedRecords {
  settings: Settings;
  tasks?: Task[];
  questionLogs?: QuestionLog[];
  assessments?: Assessment[];
}

/** Writes the records in one transaction from `page` (any extension page: it shares the origin's database). */
export const seedDatabase = (page: Page, { settings, tasks, questionLogs, assessments }: SeedRecords): Promise<void> =>
  // Only the stores: callers pass their seed objects as they are, with other fields beside them.
  putRecords(page, { settings, tasks, questionLogs, assessments });

/** Every stored task, read back from the page. */
export const storedTasks = async (page: Page): Promise<Task[]> => (await readStores(page, ['tasks'])).tasks;

/** The logs, misses, assessments and settings, read back from the page. */
export const storedRecords = (page: Page) => readStores(page, ['settings', 'questionLogs', 'assessments', 'misses']);

export class ProgressPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Your progress', level: 1 });
  }

  chart(name: RegExp) {
    return this.page.getByRole('img', { name });
  }

  table(title: string) {
    return this.page.getByRole('region', { name: `${title}: the numbers` });
  }

  standing() {
    return this.page.getByRole('region', { name: 'Where you stand' });
  }
}
