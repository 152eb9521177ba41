// Page object for the focus control, wherever it is rendered (popup, new tab).
import type { Page } from 'playwright-core';

export class FocusControlPage {
  constructor(readonly page: Page) {}

  region() {
    return this.page.getByRole('region', { name: 'Focus' });
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start focus' }).click();
    await this.page.getByRole('button', { name: 'Stop focus' }).waitFor();
  }

  /** "42 min left" as a number. */
  async minutesLeft(): Promise<number> {
    const text = await this.region()
      .getByText(/\d+ min left/)
      .textContent();
    return Number(/(\d+) min left/.exec(text ?? '')?.[1]);
  }
}
