import { useEffect, useState } from 'preact/hooks';
import { BackupSection } from '../../components/backup/BackupSection';
import { onChange } from '../../lib/platform/change-channel';
import type { ServiceContext } from '../../lib/services/context';
import {
  exportBackup,
  importBackup,
  readBackupState,
  undoLastImport,
  type BackupState,
} from '../../lib/services/backup';
import { pageContext } from '../../lib/services/page-context';
import { saveFile } from './save-file';

// After an import or an undo every section of the page holds old data (and saving one would write it back), so
// the page reloads; the confirmation comes back through the address.
const NOTICES: Record<string, string> = {
  imported:
    'Backup imported: every section of this page now shows it. Your earlier data is kept as a snapshot; "Undo last import" puts it back.',
  undone: 'The last import is undone: your data is back as it was before it.',
};

function takeNotice(): string | undefined {
  const params = new URLSearchParams(location.search);
  const notice = NOTICES[params.get('backup') ?? ''];
  if (notice) {
    params.delete('backup');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
  }
  return notice;
}

function reloadWith(notice: keyof typeof NOTICES): void {
  const params = new URLSearchParams(location.search);
  params.set('backup', notice);
  location.search = params.toString();
}

/** The Backup section of the settings page, wired to the whole database. */
export function BackupSlot() {
  const [notice] = useState(takeNotice);
  const [loaded, setLoaded] = useState<{ ctx: ServiceContext; state: BackupState } | undefined>();
  const [error, setError] = useState('');
  const refresh = async (ctx: ServiceContext) => setLoaded({ ctx, state: await readBackupState(ctx) });
  useEffect(() => {
    let stop = () => {};
    pageContext()
      .then(async (ctx) => {
        await refresh(ctx);
        // The counts in the confirmation stay true while other pages log and check tasks.
        stop = onChange(() => void refresh(ctx).catch(() => undefined));
      })
      .catch(() => setError('Could not read your data for the backup section. Reopen this page to try again.'));
    return () => stop();
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!loaded) return null;
  const { ctx, state } = loaded;
  return (
    <BackupSection
      current={state.current}
      lastImportAt={state.lastImportAt}
      onExport={async () => {
        const backup = await exportBackup(ctx);
        // The local date ('en-CA' writes YYYY-MM-DD), so that the name matches the day the student saved it.
        const name = `retake-coach-backup-${new Date(backup.exportedAt).toLocaleDateString('en-CA')}.json`;
        // Compact: a pretty-printed file is half again as big, and the import refuses files over MAX_BACKUP_BYTES (12 MB).
        saveFile(name, JSON.stringify(backup));
        return name;
      }}
      readText={(file) => file.text()}
      notice={notice}
      onImport={async (backup) => {
        await importBackup(ctx, backup);
        reloadWith('imported');
      }}
      onUndo={async () => {
        const undone = await undoLastImport(ctx);
        if (undone) reloadWith('undone');
        return undone;
      }}
    />
  );
}
