// What today's message may claim (lib/domain/encouragement/message-facts.ts), worked out from the today read: whether
// today is a light day, whether the logs support praise for preparation, and the format the student failed in.
import { addDays, weekdayIndex, type DayKey } from '../day';
import type { MessageFacts } from '../encouragement/message-facts';
import { LOW_MOOD } from '../encouragement/situation';
import { LIGHT_DAY_MINUTES, weekdayMinutesAt } from '../planner/capacity';
import { failedFormatOf } from '../profiles/exam-formats';
import type { Settings } from '../settings';
import { isRestLike } from '../task-kinds';
import type { Assessment, Attempt, QuestionLog, Task } from '../types';

/**
 * A light day plans at most an hour (the planner's LIGHT_DAY_MINUTES) or 40% of the hours the student offers that
 * weekday, whichever is more: issue 11, rule 2 ("at most an hour, or 40% of that day's hours").
 */
export const LIGHT_DAY_SHARE = 0.4;

/** Rest-like (nothing but rest planned), or planned work within the light-day limit. */
export function isLightDay(todayTasks: readonly Task[], offeredMinutes: number): boolean {
  const work = todayTasks
    .filter((t) => !isRestLike(t.kind) && t.status !== 'skipped')
    .reduce((sum, t) => sum + t.minutes, 0);
  return work <= Math.max(LIGHT_DAY_MINUTES, LIGHT_DAY_SHARE * offeredMinutes);
}

/** The stretch the logs are judged over: the last two weeks hold the last NBME (5-14 days out) and the Free 120. */
export const PREPARATION_DAYS = 14;
/** Share of the questions planned in those two weeks that must be logged. */
export const PREPARATION_QUESTION_SHARE = 2 / 3;

export interface PreparationRecords {
  today: DayKey;
  /** At least the last PREPARATION_DAYS days of tasks. */
  tasks: readonly Task[];
  assessments: readonly Assessment[];
  /** At least the last PREPARATION_DAYS days of question logs. */
  logs: readonly QuestionLog[];
}

/**
 * The logs support "you prepared properly" when, over the two weeks before today: every practice form the plan
 * set in them is logged as taken, at least one form is logged at all, and the questions logged reach two thirds of
 * the questions the plan's blocks asked for. Ticking a task is not enough: only what was logged counts.
 */
export function logsShowPreparation(r: PreparationRecords): boolean {
  const from = addDays(r.today, -PREPARATION_DAYS);
  const inWindow = (day: DayKey) => day >= from && day < r.today;
  if (r.assessments.length === 0) return false;
  const taken = new Set(r.assessments.map((a) => a.formId));
  let planned = 0;
  for (const t of r.tasks) {
    if (!inWindow(t.day) || t.status === 'skipped') continue;
    if (t.kind === 'practice-exam' && t.formId && !taken.has(t.formId)) return false;
    if (t.kind === 'question-block') planned += t.questions ?? 0;
  }
  const logged = r.logs.filter((l) => inWindow(l.day)).reduce((sum, l) => sum + l.questions, 0);
  return logged >= Math.ceil(PREPARATION_QUESTION_SHARE * planned);
}

export interface MessageFactRecords extends PreparationRecords {
  /** The latest evening reflection's mood. */
  latestMood: { day: DayKey; mood: number } | null;
  settings: Pick<Settings, 'examId' | 'weekdayMinutes'>;
  attempts: readonly Attempt[];
}

export function messageFactsOf(r: MessageFactRecords): MessageFacts {
  const todayTasks = r.tasks.filter((t) => t.day === r.today);
  return {
    lightDay: isLightDay(todayTasks, weekdayMinutesAt(r.settings.weekdayMinutes, weekdayIndex(r.today))),
    prepared: logsShowPreparation(r),
    failedFormat: failedFormatOf(r.attempts, r.settings.examId) ?? 'unknown',
    hardYesterday: r.latestMood !== null && r.latestMood.mood <= LOW_MOOD && r.latestMood.day === addDays(r.today, -1),
  };
}
