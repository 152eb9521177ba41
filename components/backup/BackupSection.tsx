import { useEffect, useRef, useState } from 'preact/hooks';
import {
  backupSizeProblem,
  parseBackup,
  summarizeBackup,
  type Backup,
  type BackupSummary,
} from '../../lib/domain/backup';
import { writeErrorMessage } from '../../lib/domain/write-error-message';
import { refusedFileMessage, setAsideWords, timeWords } from './backup-words';
import { ConfirmImport } from './ConfirmImport';
import './backup-section.css';

export interface BackupSectionProps {
  /** What is stored now. */
  current: BackupSummary;
  /** When the import that "Undo last import" would undo happened; absent when there is none. */
  lastImportAt?: string;
  /** Saves the backup file; resolves to its name. */
  onExport: () => Promise<string>;
  readText: (file: File) => Promise<string>;
  onImport: (backup: Backup) => Promise<void>;
  /** Resolves to false when there was no import to undo. */
  onUndo: () => Promise<boolean>;
  /** A confirmation carried over a page reload (after an import or undo the page reloads so every section reads the
   * new data); the section is focused so that it is heard. */
  notice?: string;
}

interface Pending {
  fileName: string;
  backup: Backup;
}

/** The "Backup" section of the settings page: export, import after a confirmation, and undo of the last import. */
export function BackupSection({
  current,
  lastImportAt,
  onExport,
  readText,
  onImport,
  onUndo,
  notice,
}: BackupSectionProps) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState(notice ?? '');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (notice) heading.current?.focus();
  }, [notice]);
  const say = (next: { error?: string; status?: string }) => {
    setError(next.error ?? '');
    setStatus(next.status ?? '');
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const exportNow = () =>
    run(async () => {
      say({});
      await onExport().then(
        (name) => say({ status: `Backup saved as ${name}. Keep it somewhere safe, off this computer too.` }),
        (e: unknown) =>
          say({ error: `The export failed (${e instanceof Error ? e.name : 'unknown error'}). Please try again.` }),
      );
    });

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared at once, so that choosing the same file again (after fixing it) is noticed.
    input.value = '';
    setPending(null);
    if (!file) return;
    say({});
    const tooBig = backupSizeProblem(file.size);
    if (tooBig) return say({ error: refusedFileMessage(file.name, tooBig) });
    const text = await readText(file).catch(() => null);
    if (text === null) return say({ error: refusedFileMessage(file.name, 'The browser could not read this file.') });
    const parsed = parseBackup(text);
    if (!parsed.ok) return say({ error: refusedFileMessage(file.name, parsed.message) });
    setPending({ fileName: file.name, backup: parsed.backup });
  };

  const confirm = (chosen: Pending) =>
    run(async () => {
      await onImport(chosen.backup).then(
        () => {
          setPending(null);
          say({
            status: `Imported ${chosen.fileName}. Your earlier data is kept as a snapshot: "Undo last import" puts it back.`,
          });
        },
        (e: unknown) => say({ error: writeErrorMessage('The import', e) }),
      );
    });

  const undo = () =>
    run(async () => {
      say({});
      await onUndo().then(
        (undone) =>
          undone
            ? say({ status: 'The last import is undone: your data is back as it was before it.' })
            : say({ error: 'There is no import to undo.' }),
        (e: unknown) => say({ error: writeErrorMessage('Undo', e) }),
      );
    });

  return (
    <section class="backup-section" id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title" tabIndex={-1} ref={heading}>
        Backup
      </h2>
      <p class="hint">
        Everything Retake Coach knows lives only in this browser. A backup file moves it to another computer or keeps it
        safe.
      </p>
      {current.counts.quarantine > 0 && <p class="backup-set-aside">{setAsideWords(current.counts.quarantine)}</p>}
      <div class="backup-actions">
        <button type="button" class="primary" disabled={busy} onClick={exportNow}>
          Export backup
        </button>
        <label class="backup-file">
          Import backup
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void choose(e.currentTarget)}
          />
        </label>
      </div>
      {pending && (
        <ConfirmImport
          fileName={pending.fileName}
          current={current}
          incoming={summarizeBackup(pending.backup)}
          busy={busy}
          onConfirm={() => void confirm(pending)}
          onCancel={() => {
            setPending(null);
            say({ status: 'Import cancelled; nothing was changed.' });
          }}
        />
      )}
      {lastImportAt && (
        <div class="backup-undo">
          <button type="button" disabled={busy} onClick={undo}>
            Undo last import
          </button>
          <p class="hint">Puts your data back as it was before the import of {timeWords(lastImportAt)}.</p>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
      <p role="status">{status}</p>
    </section>
  );
}
