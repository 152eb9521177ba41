// The bookkeeping of practice-exam days: which days can hold a sitting, and which are taken.
import type { DayKey } from '../day';
import type { PlannedDay } from './plan-types';

const MIN_GAP_DAYS = 5;
const STUDY_DAYS_PER_EXAM = 4;

export interface ExamSlots {
  /** Calendar indexes of the study days, in order. */
  studyIndexes: number[];
  /** Sittings still allowed (one per 4 study days). */
  budget(): number;
  /** Calendar indexes of the days `n` days before the exam. */
  daysOut(list: readonly number[]): number[];
  /** Takes the first candidate day that fits a sitting of `minutes`. */
  placeFirst(candidates: readonly number[], minutes: number): number | undefined;
  /** Takes the fitting day nearest to `center` (at most 3 days away, earlier first on ties); [] when none. */
  placeNear(center: number, minutes: number): number[];
}

/** `notBefore`: no sitting before this day (a week after a practice exam already sat). */
export function examSlots(days: readonly PlannedDay[], notBefore: DayKey | '' = ''): ExamSlots {
  const studyIndexes = days.flatMap((day, index) => (day.type === 'study' ? [index] : []));
  const firstStudy = studyIndexes[0] ?? -1;
  const taken: number[] = [];
  let budget = Math.max(1, Math.floor(studyIndexes.length / STUDY_DAYS_PER_EXAM));
  const fits = (index: number, minutes: number): boolean => {
    const day = days[index];
    return !!day && day.type === 'study' && index !== firstStudy && day.day >= notBefore && day.capacityMinutes >= minutes &&
      taken.every((other) => Math.abs(other - index) >= MIN_GAP_DAYS);
  };
  const placeFirst = (candidates: readonly number[], minutes: number): number | undefined => {
    if (budget <= 0) return undefined;
    const found = candidates.find((index) => fits(index, minutes));
    if (found !== undefined) {
      taken.push(found);
      budget--;
    }
    return found;
  };
  return {
    studyIndexes,
    budget: () => budget,
    daysOut: (list) => list.map((left) => days.length - left),
    placeFirst,
    placeNear: (center, minutes) => {
      const found = placeFirst([0, -1, 1, -2, 2, -3, 3].map((shift) => center + shift), minutes);
      return found === undefined ? [] : [found];
    },
  };
}
