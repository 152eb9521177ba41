// Page object for the today view, the same on newtab.html and popup.html.
import type { Page } from 'playwright-core';

export class TodayPage {
  constructor(readonly page: Page) {}

  tasks() {
    return this.page.getByRole('list', { name: "Today's tasks" });
  }

  task(title: string) {
    return this.tasks().getByRole('checkbox', { name: title, exact: true });
  }

  countdown() {
    return this.page.getByText(/\d+ days? to (your )?exam/);
  }

  encouragement() {
    return this.page.getByRole('region', { name: 'Encouragement' });
  }
}
