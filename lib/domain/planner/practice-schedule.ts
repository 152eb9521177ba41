// When each practice exam happens. Forms keep the order the student listed them: the first (with two or more forms
// besides the Free 120) is a baseline within the first three weeks; the last is the last sitting before the exam,
// 5-14 days out (7-10 preferred); the Free 120 is 3-5 days out, so its review fits before the calm day before the
// exam; the forms between go back from the last one 7-10 days apart through consolidate, and any still left are
// spread evenly over the rebuild as checkpoints. Each form is sized by its own sitting time and sits on the longest
// day that fits where it belongs, or in parts on successive study days when no day there is long enough (exam-slots.ts).
// Never on the plan's first study day (that day is for looking back), never within 5 days of another form, and at
// most one per 4 study days, so that there is time to act on each result.
import type { DayKey } from '../day';
import type { SelfAssessment } from '../profiles';
import { examSlots, REVIEW_DAY_MINUTES, type ExamSlots, type Span } from './exam-slots';
import type { PhaseLengths } from './phases';
import type { PlanInput, PlannedDay } from './plan-types';

export const FREE_120_ID = 'free-120';
const LONGEST_GAP_DAYS = 10;
/** Evenly spaced gaps tried in turn: 9 days suits "every 7-10 days"; 5 is the least we accept. */
const GAP_LADDER = [9, 7, 5];
/** The baseline sits within the first three weeks (issue 11, rule 4). */
const BASELINE_LAST_INDEX = 20;
/**
 * The Free 120 is 120 questions, not a full form: it may come two days after the last form (rule 4: 5-14 and 2-5 days
 * out), the day between being that form's review (a Free 120 the next day left the form unreviewed).
 */
const FREE_120_GAP_DAYS = 2;
/** Room kept after a Free 120 reviewed the same day: an hour and a half. */
export const SAME_DAY_REVIEW_MINUTES = 90;

export interface ScheduledExam {
  form: SelfAssessment;
  baseline: boolean;
  /** 1-based part of a form split over several days, and how many parts; 1 of 1 for a single sitting. */
  part: number;
  parts: number;
  minutes: number;
  /** Reviewed the same day, when no later study day before the exam has room. */
  sameDayReview?: boolean;
}

export interface PracticeSchedule {
  byDay: Map<DayKey, ScheduledExam>;
  /** Names (or ids, when the profile does not know them) of the forms that found no day. */
  dropped: string[];
  /** Names of the forms spread over more than two sittings or non-consecutive days (no two days in a row held them). */
  spread: string[];
  /** Forms the profile knows and the student listed, before placement. */
  requested: number;
  /** The calendar index of the last day of the last form other than the Free 120, if any was placed. */
  lastFormEnd?: number;
}

interface Placed {
  form: SelfAssessment;
  span: Span;
  baseline: boolean;
  sameDayReview?: boolean;
  /** A Free 120 placed earlier than 2-5 days out, because no day there could hold it. */
  far?: boolean;
}

/** How many sittings fit evenly inside `span` days, keeping the widest gap of the ladder that allows any. */
function fittingCount(span: number, wanted: number): number {
  for (const gap of GAP_LADDER) {
    const count = Math.min(wanted, Math.floor(span / gap) - 1);
    if (count > 0) return count;
  }
  return 0;
}

type Sized = { form: SelfAssessment; sitting: number };

/** Places the forms other than the Free 120: the last, a baseline, the late sittings, then early checkpoints. */
function placeOtherForms(
  slots: ExamSlots,
  forms: readonly Sized[],
  lengths: PhaseLengths,
  offset: number,
  baselineSat: boolean,
): Placed[] {
  const lastForm = forms.at(-1);
  if (!lastForm) return [];
  // Ending 5-14 days out: a form split over a weekend may start up to 3 days before it ends. On a week with no days
  // there that can hold it (short weekdays, a blocked weekend), the nearest earlier days up to 21 out rather than no
  // form at all, and then no baseline either.
  const lastSpan =
    slots.placeFirst(
      [slots.daysOut([8, 7, 9, 10]), slots.daysOut([6, 11, 12, 13, 14, 5]), slots.daysOut([15, 16, 17])],
      lastForm.sitting,
      slots.daysOut([5])[0],
      slots.daysOut([14])[0],
    ) ??
    slots.placeFirst(
      [15, 16, 17, 18, 19, 20, 21].map((n) => slots.daysOut([n])),
      lastForm.sitting,
      slots.daysOut([5])[0],
    );
  if (!lastSpan) return [];
  const last = lastSpan.days[0]!;
  const placed: Placed[] = [{ ...lastForm, span: lastSpan, baseline: false }];
  const middle = forms.slice(0, -1);
  // A baseline belongs to the first weeks of a new plan: a plan remade later has its checkpoints instead, and the
  // first form the student sat was the baseline, so a plan remade after it never plans a second one.
  const baselineForm = middle.length > 0 && offset < lengths.reset && !baselineSat ? middle[0] : undefined;
  const early = slots.studyIndexes.filter((index) => index <= Math.min(BASELINE_LAST_INDEX, last - 5));
  const baselineSpan = baselineForm
    ? slots.placeFirst([early.slice(0, 7), early.slice(7)], baselineForm.sitting)
    : undefined;
  if (baselineForm && baselineSpan) placed.push({ ...baselineForm, span: baselineSpan, baseline: true });
  const rest = baselineSpan ? middle.slice(1) : middle;

  const from = baselineSpan?.days.at(-1) ?? slots.studyIndexes[0] ?? 0;
  const lateStart = Math.max(from, lengths.total - lengths.final - lengths.consolidate - offset);
  const late = fittingCount(last - lateStart, Math.min(rest.length, slots.budget()));
  const lateGap = Math.min(LONGEST_GAP_DAYS, Math.floor((last - lateStart) / (late + 1)));
  // The late sittings take the forms listed just before the last one, nearest the exam first.
  const lateForms = rest.slice(rest.length - late).reverse();
  lateForms.forEach((form, i) => {
    const span = slots.placeNear(last - lateGap * (i + 1), form.sitting);
    if (span) placed.push({ ...form, span, baseline: false });
  });
  const earliestLate = Math.min(...placed.filter((p) => !p.baseline).map((p) => p.span.days[0]!));
  const earlyForms = rest.slice(0, rest.length - late);
  const count = fittingCount(earliestLate - from, Math.min(earlyForms.length, slots.budget()));
  earlyForms.slice(0, count).forEach((form, i) => {
    const span = slots.placeNear(from + Math.round(((earliestLate - from) * (i + 1)) / (count + 1)), form.sitting);
    if (span) placed.push({ ...form, span, baseline: false });
  });
  return placed;
}

/**
 * Places every form: the last full form first when there is room for two sittings (it matters more than the Free 120,
 * which then takes what is left 2-5 days out), else the Free 120 first. On some weeks the last form then leaves the
 * Free 120 no day with its review (a light day 4 days out between 3-hour days, say): the placement is then tried with
 * the Free 120 first, and the one that places more forms is kept (the Free 120's on a tie).
 */
function bestPlacement(
  input: PlanInput,
  days: readonly PlannedDay[],
  lengths: PhaseLengths,
  offset: number,
  free120: Sized | undefined,
  others: readonly Sized[],
): Placed[] {
  const lastFirst = placeAll(input, days, lengths, offset, free120, others, false);
  const inWindow = (placed: readonly Placed[]) => placed.some((p) => p.form === free120?.form && !p.far);
  if (!free120 || inWindow(lastFirst)) return lastFirst;
  const free120First = placeAll(input, days, lengths, offset, free120, others, true);
  if (free120First.length !== lastFirst.length)
    return free120First.length > lastFirst.length ? free120First : lastFirst;
  return inWindow(free120First) ? free120First : lastFirst;
}

function placeAll(
  input: PlanInput,
  days: readonly PlannedDay[],
  lengths: PhaseLengths,
  offset: number,
  free120: Sized | undefined,
  others: readonly Sized[],
  free120First: boolean,
): Placed[] {
  const slots = examSlots(days, input.practiceTaken?.notBefore ?? '');
  const placed: Placed[] = [];

  const placeFree120 = (): void => {
    if (!free120) return;
    // Its review needs a study day after it and before the calm day before the exam.
    const beforeRest = slots.studyIndexes.filter(
      (index) => index < days.length - 1 && days[index]!.capacityMinutes >= REVIEW_DAY_MINUTES,
    );
    const reviewable = Math.min(slots.daysOut([3])[0]!, beforeRest.at(-2) ?? -1);
    // Taken 3 days out if it can, then 4 or 5 (a split one may start 6 out): nearest first rather than longest first.
    const groups = [slots.daysOut([3]), slots.daysOut([4]), slots.daysOut([5]), slots.daysOut([6])];
    const span = slots.placeFirst(groups, free120.sitting, reviewable, slots.daysOut([5])[0], FREE_120_GAP_DAYS);
    // Without a later day for its review, one day long enough for the sitting and its review together, 2-5 days out.
    const sameDay = span
      ? undefined
      : slots.placeFirst(
          [...groups.slice(0, 3), slots.daysOut([2])],
          free120.sitting + SAME_DAY_REVIEW_MINUTES,
          slots.daysOut([2])[0],
          slots.daysOut([5])[0],
          FREE_120_GAP_DAYS,
          1,
        );
    // A week with no such day 2-5 days out (days off, or days too short for it there): the nearest earlier day, up to
    // 21 out, that still leaves a study day with room for its review, rather than no Free 120 at all.
    const beforeLastReview = (beforeRest.at(-1) ?? -1) - 1;
    const far =
      span || sameDay
        ? undefined
        : slots.placeFirst(
            [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((n) => slots.daysOut([n])),
            free120.sitting,
            beforeLastReview,
            -Infinity,
            FREE_120_GAP_DAYS,
          );
    if (span) placed.push({ ...free120, span, baseline: false });
    else if (sameDay)
      placed.push({
        ...free120,
        span: { days: sameDay.days, partMinutes: free120.sitting },
        baseline: false,
        sameDayReview: true,
      });
    else if (far) placed.push({ ...free120, span: far, baseline: false, far: true });
  };
  if (free120First || slots.budget() < 2) placeFree120();
  placed.push(...placeOtherForms(slots, others, lengths, offset, !!input.practiceTaken));
  if (!placed.some((p) => p.form === free120?.form)) placeFree120();
  return placed;
}

export function schedulePracticeExams(
  input: PlanInput,
  days: readonly PlannedDay[],
  lengths: PhaseLengths,
  offset = 0,
): PracticeSchedule {
  const known = new Map(input.profile.selfAssessments.map((form) => [form.id, form] as const));
  const ids = [...new Set(input.practiceFormIds)];
  const forms = ids.flatMap((id) => known.get(id) ?? []);
  const dropped = ids.filter((id) => !known.has(id));
  const sized: Sized[] = forms.map((form) => ({ form, sitting: form.sittingMinutes }));
  const free120 = sized.find(({ form }) => form.id === FREE_120_ID);
  const others = sized.filter(({ form }) => form.id !== FREE_120_ID);
  const placed = bestPlacement(input, days, lengths, offset, free120, others);

  const placedIds = new Set(placed.map((p) => p.form.id));
  dropped.push(...sized.filter(({ form }) => !placedIds.has(form.id)).map(({ form }) => form.name));
  const byDay = new Map<DayKey, ScheduledExam>();
  for (const { form, span, baseline, sameDayReview } of placed) {
    span.days.forEach((index, i) =>
      byDay.set(days[index]!.day, {
        form,
        baseline,
        part: i + 1,
        parts: span.days.length,
        minutes: span.partMinutes,
        ...(sameDayReview ? { sameDayReview } : {}),
      }),
    );
  }
  const lastOther = placed.filter((p) => p.form.id !== FREE_120_ID).map((p) => p.span.days.at(-1)!);
  return {
    byDay,
    dropped,
    spread: placed.filter((p) => p.span.spread).map((p) => p.form.name),
    requested: forms.length,
    ...(lastOther.length > 0 ? { lastFormEnd: Math.max(...lastOther) } : {}),
  };
}
