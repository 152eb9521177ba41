// When each practice exam happens. Dates are chosen first, then given to the student's forms in the order they
// listed them: the Free 120 about 3 days out; the last other form about 8 days out (7-10); a baseline early in the
// reset phase when there are two or more other forms; then, back from the last one, sittings 7-10 days apart through
// consolidate, and any forms still left spread evenly over the rebuild as checkpoints. Never on the plan's first study
// day (that day is for looking back), never on a day too short for the sitting, never within 5 days of another, and
// at most one per 4 study days, so that there is time to act on each result.
import type { DayKey } from '../day';
import type { SelfAssessment } from '../profiles';
import { examSlots, type ExamSlots } from './exam-slots';
import type { PhaseLengths } from './phases';
import type { PlanInput, PlannedDay } from './plan-types';

export const FREE_120_ID = 'free-120';
const LONGEST_GAP_DAYS = 10;
/** Evenly spaced gaps tried in turn: 9 days suits "every 7-10 days"; 5 is the least we accept. */
const GAP_LADDER = [9, 7, 5];

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

/** How many sittings fit evenly inside `span` days, keeping the widest gap of the ladder that allows any. */
function fittingCount(span: number, wanted: number): number {
  for (const gap of GAP_LADDER) {
    const count = Math.min(wanted, Math.floor(span / gap) - 1);
    if (count > 0) return count;
  }
  return 0;
}

/** Days for the forms other than the Free 120: the last, a baseline, the late sittings, then early checkpoints. */
function placeOtherForms(slots: ExamSlots, count: number, sitting: number, lengths: PhaseLengths, offset: number, baselineSat: boolean): { chosen: number[]; baseline?: number } {
  const last = count > 0 ? slots.placeFirst(slots.daysOut([8, 7, 9, 10, 6, 11, 12, 13, 14, 5]), sitting) : undefined;
  if (last === undefined) return { chosen: [] };
  // A baseline belongs to the reset phase: a plan remade after it has its checkpoints instead.
  // The first form the student sat was the baseline: a plan remade after it never plans a second one.
  const baseline = count > 1 && offset < lengths.reset && !baselineSat ? slots.placeFirst(slots.studyIndexes.slice(1, 5), sitting) : undefined;
  const chosen = baseline === undefined ? [last] : [last, baseline];
  const from = baseline ?? slots.studyIndexes[0] ?? 0;
  const lateStart = Math.max(from, lengths.total - lengths.final - lengths.consolidate - offset);
  const late = fittingCount(last - lateStart, Math.min(count - chosen.length, slots.budget()));
  const lateGap = Math.min(LONGEST_GAP_DAYS, Math.floor((last - lateStart) / (late + 1)));
  for (let step = 1; step <= late; step++) chosen.push(...slots.placeNear(last - lateGap * step, sitting));
  const earliestLate = Math.min(...chosen.filter((index) => index !== baseline));
  const early = fittingCount(earliestLate - from, Math.min(count - chosen.length, slots.budget()));
  for (let step = 1; step <= early; step++) {
    chosen.push(...slots.placeNear(from + Math.round(((earliestLate - from) * step) / (early + 1)), sitting));
  }
  return { chosen: chosen.sort((a, b) => a - b), baseline };
}

export function schedulePracticeExams(input: PlanInput, days: readonly PlannedDay[], lengths: PhaseLengths, offset = 0): PracticeSchedule {
  const known = new Map(input.profile.selfAssessments.map((form) => [form.id, form] as const));
  const ids = [...new Set(input.practiceFormIds)];
  const forms = ids.flatMap((id) => known.get(id) ?? []);
  const dropped = ids.filter((id) => !known.has(id));
  const free120 = forms.find((form) => form.id === FREE_120_ID);
  const others = forms.filter((form) => form.id !== FREE_120_ID);
  const slots = examSlots(days, input.practiceTaken?.notBefore ?? '');
  const byDay = new Map<DayKey, ScheduledExam>();

  if (free120) {
    const index = slots.placeFirst(slots.daysOut([3, 4, 2, 5, 6]), free120.sittingMinutes);
    if (index === undefined) dropped.push(free120.name);
    else byDay.set(days[index]!.day, { form: free120, baseline: false });
  }

  const { chosen, baseline } = placeOtherForms(slots, others.length, Math.max(0, ...others.map((form) => form.sittingMinutes)), lengths, offset, !!input.practiceTaken);
  others.forEach((form, position) => {
    const index = chosen[position];
    if (index === undefined) dropped.push(form.name);
    else byDay.set(days[index]!.day, { form, baseline: index === baseline });
  });
  return { byDay, dropped, requested: forms.length };
}
