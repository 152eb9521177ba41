// Dates and file problems in the words the backup section shows; dates as every page writes them
// (lib/domain/format/).
import type { DayKey } from '../../lib/domain/day';
import { dayLabelWithYear } from '../../lib/domain/format/day-words';
import { timeLabel } from '../../lib/domain/format/time-words';

/** '2027-01-20' -> 'Wed 20 Jan 2027'; '' -> 'not set'. */
export const dayWords = (day: DayKey): string => (day ? dayLabelWithYear(day) : 'not set');

/** An ISO time as the student's local date and time: 'Wed 25 Nov 2026, 18:00'. */
export const timeWords = (iso: string): string => timeLabel(iso);

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
