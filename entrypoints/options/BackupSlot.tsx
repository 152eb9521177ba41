import { useEffect, useState } from 'preact/hooks';
import { BackupSection } from '../../components/backup/BackupSection';
import { onChange } from '../../lib/platform/change-channel';
import type { ServiceContext } from '../../lib/services/context';
import { exportBackup, importBackup, readBackupState, undoLastImport, type BackupState } from '../../lib/services/backup';
import { pageContext } from '../../lib/services/page-context';
import { saveFile } from './save-file';

/** The Backup section of the settings page, wired to the whole database. */
export function BackupSlot() {
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
        saveFile(name, JSON.stringify(backup, null, 2));
        return name;
      }}
      readText={(file) => file.text()}
      onImport={async (backup) => {
        await importBackup(ctx, backup);
        await refresh(ctx);
      }}
      onUndo={async () => {
        const undone = await undoLastImport(ctx);
        await refresh(ctx);
        return undone;
      }}
    />
  );
}
