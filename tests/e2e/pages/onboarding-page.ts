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
