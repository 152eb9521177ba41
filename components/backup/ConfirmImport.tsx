import { useEffect, useRef } from 'preact/hooks';
import { BACKUP_LISTS, LIST_NAMES, type BackupSummary } from '../../lib/domain/backup';
import { dayWords } from './backup-words';

export interface ConfirmImportProps {
  fileName: string;
  current: BackupSummary;
  incoming: BackupSummary;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import replaces, now against the file, before anything is written. */
export function ConfirmImport({ fileName, current, incoming, busy, onConfirm, onCancel }: ConfirmImportProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the question as soon as it appears.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="backup-confirm" role="group" aria-labelledby="backup-confirm-title">
      <h3 id="backup-confirm-title" tabIndex={-1} ref={heading}>
        Replace everything with this backup?
      </h3>
      <p>
        Importing <strong>{fileName}</strong> replaces all of your Retake Coach data. A copy of what is here now is
        kept, so you can undo the import afterwards.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Now</th>
            <th scope="col">In the file</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Exam date</th>
            <td>{dayWords(current.examDate)}</td>
            <td>{dayWords(incoming.examDate)}</td>
          </tr>
          {BACKUP_LISTS.filter(
            // Records set aside are rare: their row shows only when there are some.
            (list) => list !== 'quarantine' || current.counts[list] + incoming.counts[list] > 0,
          ).map((list) => (
            <tr key={list}>
              <th scope="row">{LIST_NAMES[list]}</th>
              <td>{current.counts[list]}</td>
              <td>{incoming.counts[list]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="backup-actions">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          Replace everything
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
