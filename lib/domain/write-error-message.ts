// A failed write in words a student can act on. Every service is one transaction, so a failure changed nothing.

/** `what` names the action: 'The import', 'Undo'. */
export function writeErrorMessage(what: string, error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return `${what} failed: the browser has no storage space left for Retake Coach (quota exceeded). Nothing was changed. Free some disk space, then try again.`;
  }
  return `${what} failed${name && name !== 'Error' ? ` (${name})` : ''}: nothing was changed. Please try again.`;
}

/** Errors the services throw with a sentence written for the student (a field out of range, a stale form). */
const WRITTEN_FOR_THE_STUDENT = new Set(['LogInputError', 'PlanInputError', 'RecordLimitError', 'StaleWriteError']);

/**
 * What a form shows when its save fails: the service's own sentence when it wrote one, otherwise the plain words of
 * writeErrorMessage, never the browser's raw text ("Failed to execute 'put' on 'IDBObjectStore'...").
 */
export function saveErrorMessage(error: unknown, what = 'Saving'): string {
  return error instanceof Error && WRITTEN_FOR_THE_STUDENT.has(error.name)
    ? error.message
    : writeErrorMessage(what, error);
}
