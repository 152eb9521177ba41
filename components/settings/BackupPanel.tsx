import { useEffect, useState } from 'preact/hooks';
import { BackupSection } from '../backup/BackupSection';
import { reloadWithBackupNotice, takeBackupNotice } from './backup-notice';
import { saveFile } from './save-file';
import type { BackupSource } from './section-source';

type BackupState = Awaited<ReturnType<BackupSource['read']>>;

/** The Backup section, over the whole database. */
export function BackupPanel({ source }: { source: BackupSource }) {
  const [notice] = useState(takeBackupNotice);
  const [state, setState] = useState<BackupState | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    const refresh = () => source.read().then(setState);
    refresh().catch(() => setError('Could not read your data for the backup section. Reopen this page to try again.'));
    return source.subscribe(() => void refresh().catch(() => undefined));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!state) return null;
  return (
    <BackupSection
      current={state.current}
      lastImportAt={state.lastImportAt}
      onExport={async () => {
        const backup = await source.exportBackup();
        // The local date ('en-CA' writes YYYY-MM-DD), so that the name matches the day the student saved it.
        const name = `retake-coach-backup-${new Date(backup.exportedAt).toLocaleDateString('en-CA')}.json`;
        // Compact: a pretty-printed file is half again as big, and the import refuses files over MAX_BACKUP_BYTES (12 MB).
        saveFile(name, JSON.stringify(backup));
        return name;
      }}
      readText={(file) => file.text()}
      notice={notice}
      onImport={async (backup) => {
        await source.importBackup(backup);
        reloadWithBackupNotice('imported');
      }}
      onUndo={async () => {
        const undone = await source.undoLastImport();
        if (undone) reloadWithBackupNotice('undone');
        return undone;
      }}
    />
  );
}
