// When each practice exam happens. Placed from the exam backwards, then assigned to the student's forms in the
// order they prefer: the Free 120 about 3 days out, the last other form about 8 days out (7-10), a baseline early
// in the reset phase when there are two or more forms, and the rest spread back from the last one, 7-10 days apart
// (at least 5). Never on the plan's first study day (that day is for looking back), never on a day too short for
// the sitting, and at most one practice exam per 4 study days so that there is time to act on the results.
import type { DayKey } from '../day';
import type { SelfAssessment } from '../profiles';
import type { PlanInput, PlannedDay } from './plan-types';

export const FREE_120_ID = 'free-120';
const MIN_GAP_DAYS = 5;
const LONGEST_GAP_DAYS = 10;
const STUDY_DAYS_PER_EXAM = 4;

export interface ScheduledExam {
  form: SelfAssessment;
  baseline: boolean;
}

export interface PracticeSchedule {
  byDay: Map<DayKey, ScheduledExam>;
  /** Names (or ids, when the profile does not know them) of the forms that found no day. */
  dropped: string[];
  /** Forms the profile knows and the student listed, before placement. */
  requested: number;
}

export function schedulePracticeExams(input: PlanInput, days: readonly PlannedDay[]): PracticeSchedule {
  const known = new Map(input.profile.selfAssessments.map((form) => [form.id, form] as const));
  const ids = [...new Set(input.practiceFormIds)];
  const forms = ids.flatMap((id) => known.get(id) ?? []);
  const dropped = ids.filter((id) => !known.has(id));
  const free120 = forms.find((form) => form.id === FREE_120_ID);
  const others = forms.filter((form) => form.id !== FREE_120_ID);

  const studyIndexes = days.flatMap((day, index) => (day.type === 'study' ? [index] : []));
  const firstStudy = studyIndexes[0] ?? -1;
  let budget = Math.max(1, Math.floor(studyIndexes.length / STUDY_DAYS_PER_EXAM));
  const placed: number[] = [];
  const total = days.length;
  const fits = (index: number, minutes: number): boolean => {
    const day = days[index];
    return !!day && day.type === 'study' && index !== firstStudy && day.capacityMinutes >= minutes &&
      placed.every((other) => Math.abs(other - index) >= MIN_GAP_DAYS);
  };
  const place = (candidates: readonly number[], minutes: number): number | undefined => {
    if (budget <= 0) return undefined;
    const found = candidates.find((index) => fits(index, minutes));
    if (found !== undefined) { placed.push(found); budget--; }
    return found;
  };
  const daysOut = (list: readonly number[]): number[] => list.map((left) => total - left);
  const near = (center: number): number[] => [0, -1, 1, -2, 2, -3, 3].map((shift) => center + shift);

  const byDay = new Map<DayKey, ScheduledExam>();
  if (free120) {
    const index = place(daysOut([3, 4, 2, 5, 6]), free120.sittingMinutes);
    if (index === undefined) dropped.push(free120.name);
    else byDay.set(days[index]!.day, { form: free120, baseline: false });
  }

  const sitting = Math.max(0, ...others.map((form) => form.sittingMinutes));
  const slots: number[] = [];
  const last = others.length > 0 ? place(daysOut([8, 7, 9, 10, 6, 11, 12, 13, 14, 5]), sitting) : undefined;
  let baseline: number | undefined;
  if (last !== undefined) {
    slots.push(last);
    baseline = others.length > 1 ? place(studyIndexes.slice(1, 5), sitting) : undefined;
    if (baseline !== undefined) slots.push(baseline);
    const from = baseline ?? firstStudy;
    let middle = Math.min(others.length - slots.length, budget);
    while (middle > 0 && Math.floor((last - from) / (middle + 1)) < MIN_GAP_DAYS) middle--;
    const gap = Math.min(LONGEST_GAP_DAYS, Math.floor((last - from) / (middle + 1)));
    for (let step = 1; step <= middle; step++) {
      const index = place(near(last - gap * step), sitting);
      if (index !== undefined) slots.push(index);
    }
  }

  slots.sort((a, b) => a - b);
  others.forEach((form, position) => {
    const index = slots[position];
    if (index === undefined) dropped.push(form.name);
    else byDay.set(days[index]!.day, { form, baseline: index === baseline });
  });
  return { byDay, dropped, requested: forms.length };
}
