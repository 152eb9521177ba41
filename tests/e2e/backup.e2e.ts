// Backups in the real browser: Export backup downloads the whole database; each kind of bad file is refused with
// an alert that names the problem and changes nothing (the next export is the same); a good file replaces
// everything after a confirmation, and Undo last import puts the old data back.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION, toBackup, type Backup } from '../../lib/domain/backup';
import { addDays, planDayAt } from '../../lib/domain/day';
import { sampleBackup } from '../unit/domain/backup/sample-backup';
import { describeInBrowser, launchExtension, waitForPage, type ExtensionSession } from './fixtures';
import { BackupSection, seedAllStores } from './pages/backup-section';
import { OnboardingPage } from './pages/onboarding-page';

const SHOTS = 'tests/e2e/screenshots/backup';
const content = ({ exportedAt: _time, ...rest }: Backup) => rest;
const sorted = (backup: Backup) => {
  const out = content(backup) as Record<string, unknown>;
  for (const [key, value] of Object.entries(out))
    if (Array.isArray(value)) out[key] = [...value].sort((a, b) => (a.id < b.id ? -1 : 1));
  return out;
};

/** The student's own data: the sample with more of everything and another exam date. */
function seededBackup(): Backup {
  const sample = sampleBackup();
  const tasks = Array.from({ length: 12 }, (_, i) => ({
    ...sample.tasks[0]!,
    id: `mine-${String(i).padStart(2, '0')}`,
    order: i,
    status: 'todo' as const,
  }));
  return toBackup({ ...sample, settings: { ...sample.settings, examDate: '2027-02-12' }, tasks }, '');
}

const edit = (base: Backup, change: (b: Record<string, unknown> & { tasks: Record<string, unknown>[] }) => void) => {
  const copy = JSON.parse(JSON.stringify(base));
  change(copy);
  return JSON.stringify(copy);
};

describeInBrowser('backup: export, refused files, import and undo', () => {
  let session: ExtensionSession;
  let section: BackupSection;
  let original: Backup;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension();
    const page = await waitForPage(session.context, '/options.html');
    await page.waitForLoadState();
    await seedAllStores(page, seededBackup());
    await page.reload();
    section = new BackupSection(page);
    await section.region.waitFor();
  });
  afterAll(async () => session?.dispose());

  it('exports the whole database as a backup file', async () => {
    const { name, backup } = await section.export();
    expect(name).toMatch(/^retake-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(backup).toMatchObject({ format: 'retake-coach-backup', schemaVersion: BACKUP_SCHEMA_VERSION });
    expect(sorted(backup)).toEqual(sorted(seededBackup()));
    original = backup;
    await section.region.screenshot({ path: `${SHOTS}/exported-light.png` });
  });

  const bad: [string, string | Buffer, RegExp][] = [
    ['not JSON', 'this is not a backup', /This file is not JSON/],
    ['another format', '{"format":"anki-deck","cards":[]}', /This is not a Retake Coach backup \(format: "anki-deck"/],
    [
      'a newer schema',
      '{"format":"retake-coach-backup","schemaVersion":7}',
      new RegExp(
        `made by a newer version \\(schema 7\\); this extension knows up to ${BACKUP_SCHEMA_VERSION}\\. Update the extension first\\.`,
      ),
    ],
    ['a wrong type', '', /tasks\[3\]\.title: must be text/],
    ['an impossible date', '', /tasks\[1\]\.day: must be a real date \(YYYY-MM-DD\)/],
    ['negative minutes', '', /tasks\[2\]\.minutes: must be 0 or more/],
    ['an unknown kind', '', /tasks\[0\]\.kind: must be one of: reflection, guidance/],
    [
      'a file over 12 MB',
      Buffer.alloc(13 * 1024 * 1024, 32),
      /This file is 13\.0 MB; a Retake Coach backup is at most 12\.0 MB/,
    ],
  ];

  it.each(bad)('refuses %s with an alert, and the next export is the same', async (kind, file, problem) => {
    const edits: Record<string, () => string> = {
      'a wrong type': () => edit(original, (b) => (b.tasks[3]!.title = 42)),
      'an impossible date': () => edit(original, (b) => (b.tasks[1]!.day = '2026-02-30')),
      'negative minutes': () => edit(original, (b) => (b.tasks[2]!.minutes = -30)),
      'an unknown kind': () => edit(original, (b) => (b.tasks[0]!.kind = 'nap')),
    };
    await section.choose(`${kind}.json`, edits[kind]?.() ?? file);
    await expect.poll(() => section.alert().textContent()).toMatch(problem);
    expect(await section.alert().textContent()).toContain(`"${kind}.json" was not imported and nothing was changed.`);
    expect(await section.confirmation().count()).toBe(0);
    if (kind === 'negative minutes') await section.region.screenshot({ path: `${SHOTS}/refused-light.png` });
    expect(content((await section.export()).backup)).toEqual(content(original));
  });

  it('replaces everything with a good file after the confirmation, and undoes it', async () => {
    const incoming = sampleBackup();
    await section.choose('laptop.json', JSON.stringify(incoming));
    await section.confirmation().waitFor();
    expect(
      await section
        .confirmation()
        .getByRole('row', { name: /Exam date/ })
        .textContent(),
    ).toBe('Exam dateFri 12 Feb 2027Wed 20 Jan 2027');
    expect(
      await section
        .confirmation()
        .getByRole('row', { name: /Plan tasks/ })
        .textContent(),
    ).toBe('Plan tasks123');
    await section.page.emulateMedia({ colorScheme: 'light' });
    await section.region.screenshot({ path: `${SHOTS}/confirm-light.png` });
    await section.page.emulateMedia({ colorScheme: 'dark' });
    await section.region.screenshot({ path: `${SHOTS}/confirm-dark.png` });
    await section.page.emulateMedia({ colorScheme: 'light' });

    await section.region.getByRole('button', { name: 'Replace everything' }).click();
    await expect
      .poll(() => section.status().textContent())
      .toMatch(/Backup imported: every section of this page now shows it/);
    expect(sorted((await section.export()).backup)).toEqual(sorted(incoming));
    // The page reloaded: the other sections show the imported settings, not the ones they had read before.
    expect(await section.page.getByLabel('Exam date').inputValue()).toBe('2027-01-20');

    await section.region.getByRole('button', { name: 'Undo last import' }).click();
    await expect.poll(() => section.status().textContent()).toMatch(/The last import is undone/);
    expect(content((await section.export()).backup)).toEqual(content(original));
    expect(await section.page.getByLabel('Exam date').inputValue()).toBe('2027-02-12');
    await section.page.emulateMedia({ colorScheme: 'dark' });
    await section.region.screenshot({ path: `${SHOTS}/undone-dark.png` });
    await section.region.scrollIntoViewIfNeeded();
    await section.page.screenshot({ path: `${SHOTS}/options-dark.png` });
  });
});

describeInBrowser('backup: what the app itself wrote', () => {
  let session: ExtensionSession;
  afterAll(async () => session?.dispose());

  it('imports its own export of a plan made through the onboarding, and exports it again unchanged', async () => {
    session = await launchExtension();
    const form = new OnboardingPage(await waitForPage(session.context, '/options.html'));
    await form.examDate().waitFor();
    await form.examDate().fill(addDays(planDayAt(Date.now(), 4), 45));
    await form.band('Cardiovascular System', 'Lower');
    await form.step('Questions and forms');
    await form.bank().fill('1800');
    await form.create();
    await form.page.getByRole('status').filter({ hasText: 'Your plan is ready' }).waitFor();
    // The new tab replans on open and keeps what it showed: more of the app's own writes.
    const newtab = await session.open('newtab.html');
    await newtab.getByRole('list', { name: "Today's tasks" }).waitFor();
    await newtab.close();

    await form.page.reload();
    const section = new BackupSection(form.page);
    const first = await section.export();
    expect(first.backup.tasks.length).toBeGreaterThan(50);
    await section.choose(first.name, JSON.stringify(first.backup));
    await section.region.getByRole('button', { name: 'Replace everything' }).click();
    await expect.poll(() => section.status().textContent()).toMatch(/Backup imported/);
    expect(content((await section.export()).backup)).toEqual(content(first.backup));
  });
});
