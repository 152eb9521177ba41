// Every page's fallback when its data cannot be read: a read that fails on an open new tab, and a database that will
// not open at all (here: data left at a newer schema version, as a downgrade leaves it). Each page says calmly what
// happened and what to do, shows no raw browser text, never goes blank, and throws nothing (the shared fixture fails
// the file on any page error or unhandled rejection).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchExtension, type ExtensionSession } from './fixtures';
import { putRecords } from './pages/extension-db';
import { seededPlan } from './seeded-plan';

const SHOTS = 'tests/e2e/screenshots/fallbacks';
const RAW = /Failed to execute|IDBDatabase|IDBObjectStore|VersionError|InvalidStateError|DOMException/;

async function expectCalm(page: Page, sentence: string) {
  const alert = page.getByRole('alert').filter({ hasText: sentence });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Nothing was changed or deleted.');
  expect(await page.locator('body').textContent()).not.toMatch(RAW);
}

describeInBrowser('fallbacks when the data cannot be read', () => {
  let session: ExtensionSession;
  let setup: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension();
    setup = await session.open('progress.html');
    const plan = seededPlan();
    await putRecords(setup, { settings: plan.settings, tasks: plan.tasks });
  });
  afterAll(async () => session?.dispose());

  it('the new tab says so calmly when a read fails while it is open, and keeps what it showed', async () => {
    const newtab = await session.open('newtab.html');
    await newtab.getByRole('list', { name: "Today's tasks" }).waitFor();
    await newtab.evaluate(() => {
      IDBObjectStore.prototype.get = function get() {
        throw new DOMException(
          "Failed to execute 'get' on 'IDBObjectStore': The transaction has finished.",
          'TransactionInactiveError',
        );
      };
      // The page reads again when it comes back into view.
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expectCalm(newtab, "Today's plan could not be shown just now.");
    await newtab.getByRole('list', { name: "Today's tasks" }).waitFor();
    await newtab.close();
  });

  it('every page shows its fallback when the database will not open', async () => {
    // Data at a newer schema version than this build knows: every open by the extension now fails (VersionError).
    await setup.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('retake-coach', 50);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    const pages: [string, string][] = [
      ['newtab.html', "Today's plan could not be shown just now."],
      ['popup.html', "Today's plan could not be shown just now."],
      ['options.html', 'Your settings could not be shown just now.'],
      ['plan.html', 'Your plan could not be shown just now.'],
      ['progress.html', 'Your progress could not be shown just now.'],
    ];
    for (const [path, sentence] of pages) {
      const page = await session.open(path);
      await expectCalm(page, sentence);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${SHOTS}/${path.replace('.html', '')}-${scheme}.png`, fullPage: true });
      }
      await page.close();
    }
  });
});
