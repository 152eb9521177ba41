// A failed write in words a student can act on. Every service is one transaction, so a failure changed nothing.

/** `what` names the action: 'The import', 'Undo'. */
export function writeErrorMessage(what: string, error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return `${what} failed: the browser has no storage space left for Retake Coach (quota exceeded). Nothing was changed. Free some disk space, then try again.`;
  }
  return `${what} failed${name && name !== 'Error' ? ` (${name})` : ''}: nothing was changed. Please try again.`;
}
