// The bookkeeping of practice-exam days: which days can hold a sitting, and which are taken. A form sits on the
// longest day that fits near where it belongs; where no day there is long enough, it is split into two even sittings
// on consecutive days (issue 11, rule 3), on whichever nearby pair of days can hold them. Only where no two
// consecutive days anywhere the form belongs can hold half of it is it spread over up to 4 successive study days (the
// plan then says so: build-plan.ts). The student never has to leave a form out for lack of a long day.
import type { DayKey } from '../day';
import type { PlannedDay } from './plan-types';

const MIN_GAP_DAYS = 5;
const STUDY_DAYS_PER_EXAM = 4;

/** The calendar indexes of one form's sitting days, first to last, and the minutes of each part. */
export interface Span {
  days: number[];
  partMinutes: number;
  /** Over more than two sittings, or two on days not next to each other: no two consecutive days could hold it. */
  spread?: boolean;
}

/**
 * A day that can hold a practice form's review: a checkpoint may come first (20 minutes, checkpoints.ts), then at
 * least half an hour of review, with room for the retest and the evening reflection (draft-days.ts keeps 25).
 */
export const REVIEW_DAY_MINUTES = 20 + 30 + 25;

/** More parts than this stops being one practice exam. */
const MAX_PARTS = 4;

export interface ExamSlots {
  /** Calendar indexes of the study days, in order. */
  studyIndexes: number[];
  /** Sittings still allowed (one per 4 study days). */
  budget(): number;
  /** Calendar indexes of the days `n` days before the exam. */
  daysOut(list: readonly number[]): number[];
  /** Takes the first candidate start (longest first within each group) whose span fits and ends within [earliestEnd, lastEnd]. */
  placeFirst(
    groups: readonly (readonly number[])[],
    sittingMinutes: number,
    lastEnd?: number,
    earliestEnd?: number,
    gap?: number,
    maxParts?: number,
  ): Span | undefined;
  /** Takes the longest fitting start at most 3 days from `center` (nearer, then earlier, on equal days). */
  placeNear(center: number, sittingMinutes: number): Span | undefined;
}

/** `notBefore`: no sitting before this day (a week after a practice exam already sat). */
export function examSlots(days: readonly PlannedDay[], notBefore: DayKey | '' = ''): ExamSlots {
  const studyIndexes = days.flatMap((day, index) => (day.type === 'study' ? [index] : []));
  const nextStudy = new Map(studyIndexes.map((index, i) => [index, studyIndexes[i + 1]]));
  const firstStudy = studyIndexes[0] ?? -1;
  const taken: { days: number[]; gap: number }[] = [];
  let budget = Math.max(1, Math.floor(studyIndexes.length / STUDY_DAYS_PER_EXAM));
  const capacity = (index: number) => (days[index]?.type === 'study' ? days[index]!.capacityMinutes : 0);

  /** `spread`: whether more than two parts, or parts on days not next to each other, are allowed. */
  const spanFrom = (start: number, sittingMinutes: number, maxParts: number, spread: boolean): Span | undefined => {
    if (start === firstStudy || !days[start] || days[start]!.day < notBefore) return undefined;
    if (capacity(start) >= sittingMinutes) return { days: [start], partMinutes: sittingMinutes };
    const half = Math.ceil(sittingMinutes / 2);
    if (maxParts >= 2 && capacity(start) >= half && capacity(start + 1) >= half)
      return { days: [start, start + 1], partMinutes: half };
    if (!spread) return undefined;
    for (let parts = 2; parts <= maxParts; parts++) {
      const partMinutes = Math.ceil(sittingMinutes / parts);
      const days = [start];
      while (days.length < parts && capacity(days.at(-1)!) >= partMinutes) {
        const next = nextStudy.get(days.at(-1)!);
        if (next === undefined) break;
        days.push(next);
      }
      if (days.length === parts && days.every((index) => capacity(index) >= partMinutes))
        return { days, partMinutes, spread: true };
    }
    return undefined;
  };
  // Two forms keep the smaller of their gaps apart: the Free 120, half a form, may come 2 days after the last one.
  // Closer than the usual 5 days (the Free 120), a study day with room for a review must still come between: the
  // earlier form's review.
  const studyBetween = (from: number, to: number) =>
    studyIndexes.some((index) => index > from && index < to && capacity(index) >= REVIEW_DAY_MINUTES);
  const apart = ({ days: span }: Span, gap: number) =>
    taken.every(({ days: other, gap: otherGap }) => {
      const least = Math.min(gap, otherGap);
      const [first, second] = span[0]! > other[0]! ? [other, span] : [span, other];
      return second[0]! - first.at(-1)! >= least && (least >= MIN_GAP_DAYS || studyBetween(first.at(-1)!, second[0]!));
    });
  const take = (span: Span | undefined, gap: number): Span | undefined => {
    if (!span) return undefined;
    taken.push({ days: span.days, gap });
    budget--;
    return span;
  };
  const longestFirst = (candidates: readonly number[]) => [...candidates].sort((a, b) => capacity(b) - capacity(a));

  return {
    studyIndexes,
    budget: () => budget,
    daysOut: (list) => list.map((left) => days.length - left),
    placeFirst: (
      groups,
      sittingMinutes,
      lastEnd = Infinity,
      earliestEnd = -Infinity,
      gap = MIN_GAP_DAYS,
      maxParts = MAX_PARTS,
    ) => {
      if (budget <= 0) return undefined;
      // Two sittings on consecutive days anywhere in the groups before a form spread over more days.
      for (const spread of [false, true]) {
        for (const group of groups) {
          for (const start of longestFirst(group)) {
            const span = spanFrom(start, sittingMinutes, maxParts, spread);
            if (span && span.days.at(-1)! <= lastEnd && span.days.at(-1)! >= earliestEnd && apart(span, gap))
              return take(span, gap);
          }
        }
      }
      return undefined;
    },
    placeNear: (center, sittingMinutes) => {
      if (budget <= 0) return undefined;
      const near = longestFirst([0, -1, 1, -2, 2, -3, 3].map((shift) => center + shift));
      for (const spread of [false, true]) {
        for (const start of near) {
          const span = spanFrom(start, sittingMinutes, MAX_PARTS, spread);
          if (span && apart(span, MIN_GAP_DAYS)) return take(span, MIN_GAP_DAYS);
        }
      }
      return undefined;
    },
  };
}
