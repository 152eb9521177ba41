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

/** How many records were set aside (lib/db/set-aside-odd.ts), that the app runs without them, and that the export
 * keeps them. */
export function setAsideWords(count: number): string {
  const [records, they, were] = count === 1 ? ['1 record', 'it', 'was'] : [`${count} records`, 'them', 'were'];
  return `${records} saved by an older version could not be read, so ${count === 1 ? 'it' : 'they'} ${were} set aside instead of deleted. Retake Coach runs without ${they}. Export backup includes ${they}, so nothing is lost.`;
}
