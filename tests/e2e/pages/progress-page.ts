// Page object for progress.html, and the seeding every Adapts browser test shares: records written straight into
// the extension's IndexedDB from one of its pages, as the services would have left them.
import type { Page } from 'playwright-core';
import type { Settings } from '../../../lib/domain/settings';
import type { Assessment, Miss, QuestionLog, Task } from '../../../lib/domain/types';

export interface SeedRecords {
  settings: Settings;
  tasks?: Task[];
  questionLogs?: QuestionLog[];
  assessments?: Assessment[];
}

/** Writes the records in one transaction from `page` (any extension page: it shares the origin's database). */
export async function seedDatabase(page: Page, records: SeedRecords): Promise<void> {
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('retake-coach');
        open.onsuccess = () => {
          const tx = open.result.transaction(['settings', 'tasks', 'questionLogs', 'assessments'], 'readwrite');
          tx.objectStore('settings').put(r.settings, 'settings');
          for (const t of r.tasks ?? []) tx.objectStore('tasks').put(t);
          for (const l of r.questionLogs ?? []) tx.objectStore('questionLogs').put(l);
          for (const a of r.assessments ?? []) tx.objectStore('assessments').put(a);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    records,
  );
}

/** Every stored task, read back from the page. */
export function storedTasks(page: Page): Promise<Task[]> {
  return page.evaluate(
    () =>
      new Promise<Task[]>((resolve, reject) => {
        const open = indexedDB.open('retake-coach');
        open.onsuccess = () => {
          const get = open.result.transaction('tasks').objectStore('tasks').getAll();
          get.onsuccess = () => resolve(get.result as Task[]);
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** The logs, misses, assessments and settings, read back from the page. */
export function storedRecords(page: Page): Promise<{ settings: Settings; questionLogs: QuestionLog[]; assessments: Assessment[]; misses: Miss[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('retake-coach');
        open.onsuccess = () => {
          const tx = open.result.transaction(['settings', 'questionLogs', 'assessments', 'misses']);
          const out: Record<string, unknown> = {};
          const settings = tx.objectStore('settings').get('settings');
          settings.onsuccess = () => (out.settings = settings.result);
          for (const name of ['questionLogs', 'assessments', 'misses']) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result);
          }
          tx.oncomplete = () => resolve(out as { settings: Settings; questionLogs: QuestionLog[]; assessments: Assessment[]; misses: Miss[] });
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

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
