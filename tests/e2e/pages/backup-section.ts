// Page object for the Backup section of options.html, and the seeding of every data store straight into the
// extension's IndexedDB (as the services would have left it).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Backup } from '../../../lib/domain/backup';
import { putRecords } from './extension-db';

const INLINE_LIMIT = 1024 * 1024;
let bigFiles: string | undefined;
function bigFilesDir(): string {
  if (bigFiles) return bigFiles;
  const dir = mkdtempSync(join(tmpdir(), 'retake-coach-import-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (bigFiles = dir);
}

/** Writes a backup's records into the database from `page`, in one transaction, as they would be stored. */
export function seedAllStores(page: Page, backup: Backup): Promise<void> {
  const { settings, appState, attempts, tasks, questionLogs, assessments, focusSessions, journal, misses, quarantine } =
    backup;
  return putRecords(page, {
    settings,
    appState,
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
    const input = this.region.getByLabel('Import backup');
    if (content.length <= INLINE_LIMIT)
      return input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    // A big file goes by path: a buffer is sent to the browser as base64 over the protocol, which took 25-40 s for
    // 13 MB on a loaded machine (the test's limit is 60 s), while a path is read by the browser itself.
    // The file stays until the test process ends, as the page may read it after the choice.
    const path = join(bigFilesDir(), name);
    writeFileSync(path, content);
    await input.setInputFiles(path);
  }
}
