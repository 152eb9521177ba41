// Page object for the Backup section of options.html, and the seeding of every data store straight into the
// extension's IndexedDB (as the services would have left it).
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { Backup } from '../../../lib/domain/backup';
import { putRecords } from './extension-db';

/** Writes a backup's records into the database from `page`, in one transaction, as they would be stored. */
export function seedAllStores(page: Page, backup: Backup): Promise<void> {
  const { settings, attempts, tasks, questionLogs, assessments, focusSessions, journal, misses, quarantine } = backup;
  return putRecords(page, {
    settings,
    attempts,
    tasks,
    questionLogs,
    assessments,
    focusSessions,
    journal,
    misses,
    quarantine,
  });
}

export class BackupSection {
  readonly region: Locator;
  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Backup' });
  }

  alert() {
    return this.region.getByRole('alert');
  }

  status() {
    return this.region.getByRole('status');
  }

  confirmation() {
    return this.region.getByRole('group', { name: 'Replace everything with this backup?' });
  }

  /** Clicks Export backup and returns the downloaded file, parsed, with its suggested name. */
  async export(): Promise<{ name: string; backup: Backup }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.region.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), backup: JSON.parse(readFileSync(path, 'utf8')) as Backup };
  }

  /** Before a plan the section sits behind "Restore a backup" under the onboarding: opens it there. */
  async reveal(): Promise<void> {
    const restore = this.page.locator('details.restore-backup:not([open]) > summary');
    if ((await restore.count()) > 0) await restore.click();
  }

  async choose(name: string, content: string | Buffer): Promise<void> {
    await this.reveal();
    return this.region
      .getByLabel('Import backup')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }
}
