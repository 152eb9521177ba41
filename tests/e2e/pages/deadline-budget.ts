// The dates that matter and the Retake budget, by their contract names (../shared/DESIGN.md, "Deadline and budget").
import type { Locator, Page } from 'playwright-core';

export class DeadlineFields {
  constructor(readonly page: Page) {}

  schoolDeadline = () => this.page.getByLabel('School deadline to pass', { exact: true });
  resultWeeks = () => this.page.getByLabel('Weeks to allow for results', { exact: true });
  eligibilityEnd = () => this.page.getByLabel('Eligibility period ends', { exact: true });
  latestDay = () => this.page.getByText(/^Latest day to sit: /);
  /** The status message about the deadline (the region is there, empty, while the date fits). */
  notices = () => this.page.getByRole('status').filter({ hasText: /deadline|eligibility/ });
  section = () => this.page.getByRole('region', { name: 'The dates that matter (optional)' });
}

export class RetakeBudget {
  readonly region: Locator;
  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Retake budget' });
  }

  field = (name: string) => this.region.getByLabel(name, { exact: true });
  total = () => this.region.getByText(/^Total /);
  save = () => this.region.getByRole('button', { name: 'Save budget' }).click();
}
