// The onboarding form by its contract names (../shared/DESIGN.md, "Contracts"), and the database as the page sees it.
import type { Page } from 'playwright-core';

export class OnboardingPage {
  constructor(readonly page: Page) {}

  examDate = () => this.page.getByLabel('Exam date', { exact: true });
  hours = (day: string) => this.page.getByLabel(`${day} hours`, { exact: true });
  area = (name: string) => this.page.getByRole('group', { name, exact: true });
  bank = () => this.page.getByLabel('Question bank questions left');
  practiceExams = () => this.page.getByRole('group', { name: 'Practice exams available' });
  createPlan = () => this.page.getByRole('button', { name: 'Create my plan' });

  async band(area: string, band: 'Lower' | 'About the same' | 'Higher' | 'Not sure'): Promise<void> {
    await this.area(area).getByRole('radio', { name: band }).check();
  }

  /** Every stored task (id, day, status), read from this page. */
  tasks(): Promise<{ id: string; day: string; status: string; order: number }[]> {
    return this.page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('retake-coach');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('tasks', 'readonly').objectStore('tasks').getAll();
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result.map((t: { id: string; day: string; status: string; order: number }) => ({ id: t.id, day: t.day, status: t.status, order: t.order })));
            };
          };
        }),
    );
  }

  /** Ticks a task as the new tab would (the today page is another helper's; this keeps the test on its own page). */
  markDone(id: string): Promise<void> {
    return this.page.evaluate(
      (taskId) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('retake-coach');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('tasks', 'readwrite').objectStore('tasks');
            const get = store.get(taskId);
            get.onsuccess = () => {
              store.put({ ...get.result, status: 'done', completedAt: new Date().toISOString() });
              store.transaction.oncomplete = () => {
                open.result.close();
                resolve();
              };
            };
          };
        }),
      id,
    );
  }

  /** Counts of records in the extension's database, read from this page. */
  counts(): Promise<{ tasks: number; attempts: number; settings: number }> {
    return this.page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('retake-coach');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['tasks', 'attempts', 'settings'], 'readonly');
            const out = { tasks: 0, attempts: 0, settings: 0 };
            for (const name of ['tasks', 'attempts', 'settings'] as const) {
              const req = tx.objectStore(name).count();
              req.onsuccess = () => (out[name] = req.result);
            }
            tx.oncomplete = () => {
              db.close();
              resolve(out);
            };
          };
        }),
    );
  }
}
