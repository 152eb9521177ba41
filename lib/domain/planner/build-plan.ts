// The retake planner: settings and score report in, a day-by-day plan out. Pure and deterministic: it never reads
// the clock, and the same input gives a deep-equal plan.
//
// How it works, and why:
// 1. Calendar (plan-days.ts): every day from the start to the day before the exam, typed study / off / blocked /
//    rest. A parallel track takes its weekly hours out of every study day in proportion (capacity.ts).
// 2. Phases (phases.ts): reset, rebuild, consolidate, final, by calendar position, so that phaseOf() is a function
//    of the dates alone and the UI can show it without building a plan.
// 3. Practice exams (practice-schedule.ts) are placed before anything else, because they are fixed: the Free 120
//    about 3 days out, the last form about 8 days out, a baseline early, 7-10 days apart through consolidate, and
//    forms still left as evenly spread checkpoints in a long rebuild (never closer than 5 days).
// 4. First pass (draft-days.ts): each study day gets its fixed and small tasks first (the sitting, the rest day, the
//    reset and logistics tasks, weekly review and check-in, retests, the evening reflection), keeps a 15% buffer every
//    3rd ordinary study day, and asks for question blocks by phase: light in reset, ramping in rebuild, heaviest in
//    consolidate, tapering in the last days. A day after a practice exam reviews that exam instead of new blocks.
// 5. Second pass (fill-days.ts): the bank is shared over the asked-for blocks (when it is too small: a block every
//    fortnight, the last weeks' full dose, the rest paced along the foundation), and what is left of each day becomes
//    content review. A deficit round robin over minutes (focus-rotation.ts), longest days first, picks each day's
//    system, two disciplines and a competency, so an area marked "lower" on the score report (weights.ts) comes
//    first and never gets less time than it would marked "higher" (a property test holds it to that).
// Cost model (block-format.ts): a question takes 1.5 minutes to do at exam pace (20 in 30 minutes since May 2026)
// and about as long again to review what was missed, so a block of 20 costs an hour.
import { daysBetween, isDayKey } from '../day';
import type { Task } from '../types';
import { blockFormat } from './block-format';
import {
  LIGHT_DAY_MINUTES,
  LONG_DAY_MINUTES,
  MAX_DAY_MINUTES,
  parallelTrackMinutes,
  weekdayCapacity,
  weekdayMinutesAt,
  weeklyMinutes,
} from './capacity';
import { formatHours } from './hours';
import { draftDays, type DayDraft } from './draft-days';
import { finishTask, rankOf } from './draft-task';
import { fillDays } from './fill-days';
import { planDays } from './plan-days';
import {
  BANK_WARNING_SHARE,
  bankWarning,
  examTooCloseMessage,
  sampleExamName,
  MIN_RUNWAY_DAYS,
  MIN_WEEKLY_MINUTES,
  tooFewHoursMessage,
} from './plan-warnings';
import { phaseLengths } from './phases';
import { listNames } from './task-copy';
import type { Plan, PlanInput, PlanWarning } from './plan-types';
import { schedulePracticeExams, type PracticeSchedule } from './practice-schedule';
import { areaWeights } from './weights';

function toTasks(drafts: readonly DayDraft[], idPrefix: string): Task[] {
  const out: Task[] = [];
  for (const { planned, tasks } of drafts) {
    [...tasks]
      .sort((a, b) => rankOf(a) - rankOf(b))
      .forEach((task, order) => out.push(finishTask(task, planned.day, order, idPrefix)));
  }
  return out;
}

function practiceWarnings(schedule: PracticeSchedule): PlanWarning[] {
  if (schedule.requested === 0 && schedule.dropped.length === 0) {
    return [
      {
        code: 'no-practice-exams',
        message:
          'No practice exams are in the plan because none are listed. A practice exam under exam conditions is ' +
          'the clearest way to see your readiness; add the ones you have when you can.',
      },
    ];
  }
  const out: PlanWarning[] = [];
  if (schedule.dropped.length > 0)
    out.push({
      code: 'practice-exams-dropped',
      message:
        `${listNames(schedule.dropped)} did not fit before your exam: practice exams need at least 5 days between them ` +
        'and a few study days each to act on the result. A later exam date makes room.',
    });
  // Rule 3 (issue 11) splits a long form over two consecutive days; a week with no such pair gets more, shorter parts.
  if (schedule.spread.length > 0)
    out.push({
      code: 'practice-exams-spread',
      message:
        `${listNames(schedule.spread)} ${schedule.spread.length === 1 ? 'is' : 'are'} sat in more than two parts, or ` +
        'on days that are not next to each other, because no two days in a row in your week can each hold half a ' +
        'form. Two longer days next to each other (a weekend, say) would let each form be sat in two sittings on ' +
        'consecutive days.',
    });
  return out;
}

/** Days offered over 10 hours, and a week with no light day because the student turned it off. */
function weekWarnings(input: PlanInput): PlanWarning[] {
  const out: PlanWarning[] = [];
  const longest = Math.max(
    ...Array.from({ length: 7 }, (_, weekday) => weekdayMinutesAt(input.weekdayMinutes, weekday)),
  );
  if (longest > LONG_DAY_MINUTES) {
    out.push({
      code: 'long-days',
      message:
        `Your longest day offers ${formatHours(longest)}. Days over 10 hours rarely hold up for weeks, and the plan fills ` +
        `at most ${formatHours(MAX_DAY_MINUTES)} of any day; what is left is yours for meals, movement and sleep.`,
    });
  }
  if (
    input.lightDay === false &&
    Array.from({ length: 7 }, (_, weekday) => weekdayCapacity(input, weekday)).every((m) => m > LIGHT_DAY_MINUTES)
  ) {
    out.push({
      code: 'no-light-day',
      message:
        'Your plan has no light day, as you chose in Settings. A light day each week is when what you studied settles ' +
        'and when a missed day can be caught up; turn it back on if the weeks start to blur.',
    });
  }
  return out;
}

export function buildPlan(input: PlanInput): Plan {
  // Onboarding checks the dates first (assessPlanInput); a page must still never crash on a half-filled record.
  if (!isDayKey(input.startDate) || !isDayKey(input.examDate)) {
    return { days: [], tasks: [], warnings: [{ code: 'exam-too-close', message: examTooCloseMessage(0) }] };
  }
  const origin =
    input.phaseStartDate && isDayKey(input.phaseStartDate) && input.phaseStartDate < input.startDate
      ? input.phaseStartDate
      : input.startDate;
  // Calendar index of the plan's first day within the phases (0 for a new plan).
  const offset = daysBetween(origin, input.startDate);
  const total = Math.max(0, daysBetween(input.startDate, input.examDate));
  const lengths = phaseLengths(Math.max(0, daysBetween(origin, input.examDate)));
  const format = blockFormat(input.profile);
  const days = planDays(input, lengths, offset);
  const schedule = schedulePracticeExams(input, days, lengths, offset);
  const drafts = draftDays(input, days, lengths, format, schedule, offset);
  const wantedQuestions = drafts.reduce((sum, d) => sum + d.wantedBlocks, 0) * format.questionsPerBlock;
  fillDays(
    drafts,
    input.questionBankLeft,
    format,
    areaWeights(input.profile, input.bands),
    input.profile.systemDisciplines,
  );

  const warnings: PlanWarning[] = [];
  if (total < MIN_RUNWAY_DAYS)
    warnings.push({ code: 'exam-too-close', message: examTooCloseMessage(total, sampleExamName(input.profile)) });
  const raw = weeklyMinutes(input.weekdayMinutes);
  const parallel = parallelTrackMinutes(input);
  if (raw - parallel < MIN_WEEKLY_MINUTES) {
    warnings.push({ code: 'too-few-hours', message: tooFewHoursMessage(Math.max(0, raw - parallel), raw, parallel) });
  }
  // A bank that covers most of what the plan asks for is fine; the plan just does a little less.
  if (input.questionBankLeft < wantedQuestions * BANK_WARNING_SHARE)
    warnings.push(bankWarning(Math.max(0, input.questionBankLeft), wantedQuestions));
  warnings.push(...practiceWarnings(schedule), ...weekWarnings(input));
  return { days: drafts.map((d) => d.planned), tasks: toTasks(drafts, input.idPrefix), warnings };
}
