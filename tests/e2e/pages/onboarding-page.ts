// The onboarding form by its contract names (../shared/DESIGN.md, "Contracts"), and the database as the page sees it.
import type { Page } from 'playwright-core';
import { countStores, putRecords, readStores } from './extension-db';

export class OnboardingPage {
  constructor(readonly page: Page) {}

  examDate = () => this.page.getByLabel('Exam date', { exact: true });
  hours = (day: string) => this.page.getByLabel(`${day} hours`, { exact: true });
  area = (name: string) => this.page.getByRole('group', { name, exact: true });
  bank = () => this.page.getByLabel('Question bank questions left');
  practiceExams = () => this.page.getByRole('group', { name: 'Practice exams available' });
  createPlan = () => this.page.getByRole('button', { name: 'Create my plan' });

  /** Before a plan the form is five steps, one visible at a time; with a plan every field shows and this does nothing. */
  async step(title: 'Exam' | 'Time' | 'Score report' | 'Questions and forms' | 'People'): Promise<void> {
    const steps = this.page.getByRole('navigation', { name: 'Set-up steps' });
    if ((await steps.count()) === 0) return;
    await steps.getByRole('button', { name: title, exact: true }).click();
  }

  /** Goes to the last step and presses "Create my plan". */
  async create(): Promise<void> {
    await this.step('People');
    await this.createPlan().click();
  }

  async band(area: string, band: 'Lower' | 'About the same' | 'Higher' | 'Not sure'): Promise<void> {
    await this.step('Score report');
    await this.area(area).getByRole('radio', { name: band }).check();
  }

  /** Every stored task (id, day, status), read from this page. */
  async tasks(): Promise<{ id: string; day: string; status: string; order: number }[]> {
    return (await readStores(this.page, ['tasks'])).tasks.map(({ id, day, status, order }) => ({
      id,
      day,
      status,
      order,
    }));
  }

  /** Ticks a task as the new tab would (the today page is another helper's; this keeps the test on its own page). */
  async markDone(id: string): Promise<void> {
    const task = (await readStores(this.page, ['tasks'])).tasks.find((t) => t.id === id);
    if (!task) throw new Error(`no task ${id}`);
    await putRecords(this.page, { tasks: [{ ...task, status: 'done', completedAt: new Date().toISOString() }] });
  }

  /** Counts of records in the extension's database, read from this page. */
  counts(): Promise<{ tasks: number; attempts: number; settings: number }> {
    return countStores(this.page, ['tasks', 'attempts', 'settings']);
  }
}
