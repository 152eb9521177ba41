// First pass over the calendar: the fixed and small tasks of every day (practice exams, the rest day, the reset and
// logistics queues, recurring tasks, the buffer), and how many question blocks the day wants and could hold.
import { weekdayIndex, type DayKey } from '../day';
import type { SelfAssessment } from '../profiles';
import type { BlockFormat } from './block-format';
import type { DraftTask } from './draft-task';
import { checkpointIndices, sitOrReschedule } from './checkpoints';
import { EXAM_REVIEW_MINUTES, practiceExam, practiceExamReview } from './exam-tasks';
import { logisticsTasks, resetTasks } from './one-time-tasks';
import { rebuildProgress, type PhaseLengths } from './phases';
import type { PlanInput, PlannedDay } from './plan-types';
import type { PracticeSchedule } from './practice-schedule';
import { FULL_TIME_MIN_BLOCKS, FULL_TIME_MINUTES, MAX_BLOCKS_PER_DAY, questionShare } from './question-load';
import { eveningReflection, restBeforeExam, retestMisses, supportCheckIn, weeklyReview } from './recurring-tasks';

/** Every 3rd ordinary study day keeps 15% free, so one missed day can be caught up within the week. */
const BUFFER_EVERY = 3;
const BUFFER_SHARE = 0.15;
const CONTENT_CAP: Record<PlannedDay['phase'], number> = { reset: 60, rebuild: 240, consolidate: 120, final: 60 };

export interface DayDraft {
  planned: PlannedDay;
  tasks: DraftTask[];
  /** Minutes left for question blocks and content review. */
  free: number;
  wantedBlocks: number;
  /** Rebuild blocks are system-specific; the others are mixed. */
  areaBlocks: boolean;
  contentCap: number;
}

/** The last ordinary study day of each calendar week (Monday to Sunday) carries the weekly review and check-in. */
function weeklyDays(days: readonly PlannedDay[], schedule: PracticeSchedule): Set<DayKey> {
  const firstWeekday = days[0] ? weekdayIndex(days[0].day) : 0;
  const lastOfWeek = new Map<number, DayKey>();
  days.forEach((day, index) => {
    if (day.type === 'study' && !schedule.byDay.has(day.day))
      lastOfWeek.set(Math.floor((firstWeekday + index) / 7), day.day);
  });
  return new Set(lastOfWeek.values());
}

export function draftDays(
  input: PlanInput,
  days: readonly PlannedDay[],
  lengths: PhaseLengths,
  format: BlockFormat,
  schedule: PracticeSchedule,
  offset = 0,
): DayDraft[] {
  const formatContext = {
    examId: input.profile.id,
    examDate: input.examDate,
    failedAttemptDate: input.failedAttemptDate,
  };
  let resetQueue = resetTasks(input.supporters, Object.keys(input.bands).length > 0, formatContext);
  let logisticsQueue = logisticsTasks(format, formatContext);
  const weekly = weeklyDays(days, schedule);
  const areaWord = input.profile.areas.some((area) => area.category === 'system') ? 'system' : 'topic';
  const blockMinutes = format.minutesPerBlock + format.reviewMinutesPerBlock;
  let ordinaryDays = 0;
  let weeks = 0;
  // Forms sat and not yet reviewed, oldest first: one review a day, none lost when two forms come close.
  const toReview: SelfAssessment[] = [];
  const checkpointDays = checkpointIndices(input, days, schedule);

  return days.map((day, index): DayDraft => {
    const draft: DayDraft = {
      planned: { ...day },
      tasks: [],
      free: 0,
      wantedBlocks: 0,
      areaBlocks: day.phase === 'rebuild',
      contentCap: 0,
    };
    if (day.type === 'rest') draft.tasks.push(restBeforeExam());
    if (day.type !== 'study') return draft;
    let free = day.capacityMinutes;
    const add = (task: DraftTask): boolean => {
      if (task.minutes > free) return false;
      draft.tasks.push(task);
      free -= task.minutes;
      return true;
    };
    /** Adds the queue's tasks that fit until the day holds `dayLimit` tasks; returns those still waiting. */
    const takeFrom = (queue: DraftTask[], dayLimit: number): DraftTask[] =>
      queue.filter((task) => draft.tasks.length >= dayLimit || !add(task));

    const exam = schedule.byDay.get(day.day);
    if (exam) {
      add(practiceExam(exam));
      if (exam.sameDayReview) add(practiceExamReview(exam.form, Math.min(EXAM_REVIEW_MINUTES, free - 10)));
      add(eveningReflection());
      // The review waits for the form's last part.
      if (exam.part === exam.parts && !exam.sameDayReview) toReview.push(exam.form);
      return draft;
    }

    const fullTime = day.capacityMinutes >= FULL_TIME_MINUTES && day.phase !== 'reset';
    const bufferDay = ordinaryDays++ % BUFFER_EVERY === BUFFER_EVERY - 1;
    // A decision with a date cannot wait for room: it goes in before the day's other small tasks.
    if (checkpointDays.has(index)) add(sitOrReschedule(input, day.day));
    // Looking back belongs at the start; if the first weeks had no room, it is not pushed into the final days.
    if (day.phase === 'reset' || day.phase === 'rebuild') resetQueue = takeFrom(resetQueue, 3);
    const lookedBack = draft.tasks.some((task) => task.kind === 'reflection');
    let reviewDay = false;
    if (toReview[0]) {
      // Leave room for the retest and the reflection.
      const minutes = Math.min(EXAM_REVIEW_MINUTES, free - 25);
      reviewDay = minutes >= 30 && add(practiceExamReview(toReview[0], minutes));
      // A day too short for the review hands it on to the next study day.
      if (reviewDay) toReview.shift();
    }
    // Logistics after the review of a practice exam: they can wait a day, the review should not.
    if (day.phase === 'final') logisticsQueue = takeFrom(logisticsQueue, draft.tasks.length + 3);
    if (weekly.has(day.day)) {
      add(weeklyReview(areaWord));
      add(supportCheckIn(input.supporters, weeks++));
    }
    if (day.phase !== 'reset') add(retestMisses());
    if (!lookedBack) add(eveningReflection());
    // The buffer is kept, but on a full-time day never at the cost of the 80 questions the day is for.
    if (bufferDay) {
      const keepForBlocks = fullTime && !reviewDay ? FULL_TIME_MIN_BLOCKS * blockMinutes : 0;
      draft.planned.bufferMinutes = Math.max(
        0,
        Math.min(Math.round(day.capacityMinutes * BUFFER_SHARE), free - keepForBlocks),
      );
      free -= draft.planned.bufferMinutes;
    }

    const most = reviewDay ? 0 : Math.min(MAX_BLOCKS_PER_DAY, Math.floor(free / blockMinutes));
    const share = questionShare(day.phase, rebuildProgress(index + offset, lengths), lengths.total - index - offset);
    const byShare = Math.max(1, Math.round((share * day.capacityMinutes) / blockMinutes));
    const wanted = day.phase === 'reset' ? 1 : fullTime ? Math.max(FULL_TIME_MIN_BLOCKS, byShare) : byShare;
    draft.wantedBlocks = Math.min(most, wanted);
    draft.contentCap = reviewDay ? 60 : CONTENT_CAP[day.phase];
    draft.free = free;
    return draft;
  });
}
