// After an import or an undo every section of the page holds old data (and saving one would write it back), so the
// page reloads; the confirmation comes back through the address.
export const BACKUP_NOTICES: Record<string, string> = {
  imported:
    'Backup imported: every section of this page now shows it. Your earlier data is kept as a snapshot; "Undo last import" puts it back.',
  undone: 'The last import is undone: your data is back as it was before it.',
};

/** The notice the address carries, taken off the address so that a later reload does not repeat it. */
export function takeBackupNotice(): string | undefined {
  const params = new URLSearchParams(location.search);
  const notice = BACKUP_NOTICES[params.get('backup') ?? ''];
  if (notice) {
    params.delete('backup');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
  }
  return notice;
}

export function reloadWithBackupNotice(notice: keyof typeof BACKUP_NOTICES): void {
  const params = new URLSearchParams(location.search);
  params.set('backup', notice);
  location.search = params.toString();
}
