// The four phases of a retake, laid on the calendar. Lengths are our defaults, not sourced facts (the research found
// no authoritative retake timeline, ../shared/domain/README.md section 6): reset is about 10% of the runway, 2 to 7
// days; final is the last 10 days (fewer on a short runway) so that the last practice exam (7-10 days out) and the
// Free 120 (about 3 days out) fall in it; consolidate is about a third of what is left, at most 6 weeks.
import { daysBetween, type DayKey } from '../day';
import type { Phase } from './plan-types';

export interface PhaseLengths {
  /** Days from the start up to the exam (the exam day not included). */
  total: number;
  reset: number;
  consolidate: number;
  final: number;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export function phaseLengths(total: number): PhaseLengths {
  const reset = clamp(Math.round(total * 0.1), 2, 7);
  const final = clamp(Math.round(total * 0.3), 3, 10);
  const middle = Math.max(0, total - reset - final);
  return { total, reset, final, consolidate: Math.min(42, Math.round(middle * 0.35)) };
}

/** The phase of the day `index` days after the start. Reset wins on a runway too short for all four. */
export function phaseAt(index: number, lengths: PhaseLengths): Phase {
  const daysLeft = lengths.total - index;
  if (index < lengths.reset) return 'reset';
  if (daysLeft <= lengths.final) return 'final';
  if (daysLeft <= lengths.final + lengths.consolidate) return 'consolidate';
  return 'rebuild';
}

/** How far into the rebuild phase a day is, 0 at its first day and 1 at its last: the question load ramps on it. */
export function rebuildProgress(index: number, lengths: PhaseLengths): number {
  const span = lengths.total - lengths.final - lengths.consolidate - lengths.reset;
  return span <= 1 ? 1 : clamp((index - lengths.reset) / (span - 1), 0, 1);
}

export function phaseOf(day: DayKey, startDate: DayKey, examDate: DayKey): Phase {
  const total = Math.max(0, daysBetween(startDate, examDate));
  return phaseAt(clamp(daysBetween(startDate, day), 0, total), phaseLengths(total));
}
