import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupSection, type BackupSectionProps } from '../../../components/backup/BackupSection';
import { summarizeBackup, type Backup } from '../../../lib/domain/backup';
import { sampleBackup, sampleText } from '../../unit/domain/backup/sample-backup';

const current = summarizeBackup({
  ...sampleBackup(),
  tasks: [],
  settings: { ...sampleBackup().settings, examDate: '2027-03-01' },
});
const file = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

function renderSection(props: Partial<BackupSectionProps> = {}) {
  const handlers = {
    onExport: vi.fn(() => Promise.resolve('retake-coach-backup-2026-11-25.json')),
    onImport: vi.fn((_backup: Backup) => Promise.resolve()),
    onUndo: vi.fn(() => Promise.resolve(true)),
    readText: (f: File) => f.text(),
  };
  render(<BackupSection current={current} {...handlers} {...props} />);
  return handlers;
}

const choose = (f: File) => userEvent.upload(screen.getByLabelText('Import backup'), f);

describe('BackupSection', () => {
  afterEach(cleanup);

  it('exports and says where the file went', async () => {
    const { onExport } = renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(onExport).toHaveBeenCalledOnce();
    expect(screen.getByRole('status')).toHaveTextContent('Backup saved as retake-coach-backup-2026-11-25.json');
  });

  it('asks before replacing, showing what is here now against the file', async () => {
    const { onImport } = renderSection();
    await choose(file(sampleText()));
    const confirm = screen.getByRole('group', { name: 'Replace everything with this backup?' });
    expect(within(confirm).getByRole('row', { name: 'Exam date Mon 1 Mar 2027 Wed 20 Jan 2027' })).toBeInTheDocument();
    expect(within(confirm).getByRole('row', { name: 'Plan tasks 0 3' })).toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Replace everything' }));
    expect(onImport).toHaveBeenCalledWith(sampleBackup());
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Imported backup.json');
  });

  it('says plainly how many records were set aside, and that the export keeps them', async () => {
    renderSection({ current: { ...current, counts: { ...current.counts, quarantine: 3 } } });
    expect(
      screen.getByText(
        '3 records saved by an older version could not be read, so they were set aside instead of deleted. Retake Coach runs without them. Export backup includes them, so nothing is lost.',
      ),
    ).toBeInTheDocument();
    await choose(file(sampleText()));
    const confirm = screen.getByRole('group', { name: 'Replace everything with this backup?' });
    expect(within(confirm).getByRole('row', { name: 'Records set aside (could not be read) 3 1' })).toBeInTheDocument();
  });

  it('says nothing of records set aside when there are none', async () => {
    renderSection({ current: { ...current, counts: { ...current.counts, quarantine: 0 } } });
    expect(screen.queryByText(/set aside/)).not.toBeInTheDocument();
    await choose(file(JSON.stringify({ ...sampleBackup(), quarantine: [] })));
    expect(screen.queryByRole('row', { name: /set aside/ })).not.toBeInTheDocument();
  });

  it('imports nothing when cancelled', async () => {
    const { onImport } = renderSection();
    await choose(file(sampleText()));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onImport).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('nothing was changed');
  });

  it.each([
    ['a file that is not JSON', 'not json', 'This file is not JSON'],
    ['negative minutes', sampleText().replace('"minutes":60', '"minutes":-60'), 'tasks[0].minutes: must be 0 or more.'],
  ])('refuses %s in an alert that names the problem', async (_name, text, problem) => {
    const { onImport } = renderSection();
    await choose(file(text, 'mine.json'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      `"mine.json" was not imported and nothing was changed. ${problem}`,
    );
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses a file over 12 MB without reading it', async () => {
    const readText = vi.fn((f: File) => f.text());
    renderSection({ readText });
    await choose(file('x'.repeat(12 * 1024 * 1024 + 10)));
    expect(screen.getByRole('alert')).toHaveTextContent('a Retake Coach backup is at most 12.0 MB');
    expect(readText).not.toHaveBeenCalled();
  });

  it('shows a full disk during the import as an alert', async () => {
    renderSection({ onImport: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) });
    await choose(file(sampleText()));
    await userEvent.click(screen.getByRole('button', { name: 'Replace everything' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The import failed: the browser has no storage space left for Retake Coach (quota exceeded). Nothing was changed.',
    );
  });

  it('offers to undo the last import only when there is one', async () => {
    const { onUndo } = renderSection({ lastImportAt: '2026-11-25T23:00:00.000Z' });
    await userEvent.click(screen.getByRole('button', { name: 'Undo last import' }));
    expect(onUndo).toHaveBeenCalledOnce();
    expect(screen.getByRole('status')).toHaveTextContent('The last import is undone');
    cleanup();
    renderSection();
    expect(screen.queryByRole('button', { name: 'Undo last import' })).not.toBeInTheDocument();
  });

  it('brings a confirmation over a page reload and moves focus to the section', () => {
    renderSection({ notice: 'Backup imported.' });
    expect(screen.getByRole('status')).toHaveTextContent('Backup imported.');
    expect(screen.getByRole('heading', { name: 'Backup' })).toHaveFocus();
  });
});
