// Dates and file problems in the words the backup section shows.
import type { DayKey } from '../../lib/domain/day';

/** '2027-01-20' -> '20 January 2027'; '' -> 'not set'. */
export function dayWords(day: DayKey): string {
  if (!day) return 'not set';
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** An ISO time as the student's local date and time: '25 November 2026, 18:00'. */
export function timeWords(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The alert for a file that was refused: which file, that nothing changed, and what is wrong. */
export function refusedFileMessage(fileName: string, problem: string): string {
  const sentence = /[.!?]$/.test(problem) ? problem : `${problem}.`;
  return `"${fileName}" was not imported and nothing was changed. ${sentence}`;
}
