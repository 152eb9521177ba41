// Dates and amounts as the plan page writes them. A DayKey is read at local noon so no zone moves it a day.
import type { DayKey } from '../../lib/domain/day';
import type { Phase } from '../../lib/domain/planner';

const at = (day: DayKey) => new Date(`${day}T12:00:00`);

/** "Mon 23" (the week's heading gives the month) */
export const shortDay = (day: DayKey): string =>
  at(day).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric' });

/** "Monday 23 November 2026" */
export const longDay = (day: DayKey): string =>
  at(day).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** "Tue 1 Dec": the one way every page writes a day (lib/domain/short-words.ts). */
export { dayLabel } from '../../lib/domain/short-words';

/** "23 Nov" */
export const dayMonth = (day: DayKey): string =>
  at(day).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

/** "5 h 30 min", "45 min", "6 h" */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export const PHASE_NAMES: Record<Phase, string> = {
  reset: 'Reset',
  rebuild: 'Rebuild',
  consolidate: 'Consolidate',
  final: 'Final stretch',
};

export const PHASE_HINTS: Record<Phase, string> = {
  reset: 'look back, get help, take a baseline',
  rebuild: 'weak areas first, questions and review',
  consolidate: 'mixed timed blocks, practice exams',
  final: 'last practice exams, light review, rest',
};
