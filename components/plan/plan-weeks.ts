// The plan laid out for reading: weeks (Monday first) of days from the plan's start to the exam, each day with its
// tasks in order, its totals and what kind of day it is. Pure, tested without a DOM.
import { addDays, dayRange, weekdayIndex, weekStart, type DayKey } from '../../lib/domain/day';
import { MAX_PLAN_SPAN_DAYS } from '../../lib/domain/limits';
import { phaseOf, type Phase } from '../../lib/domain/planner';
import type { Settings } from '../../lib/domain/settings';
import type { Task } from '../../lib/domain/types';
import { isRestLike } from '../../lib/domain/task-kinds';

export type PlanDayKind = 'study' | 'rest' | 'off' | 'blocked' | 'exam' | 'free';

export interface PlanDayView {
  day: DayKey;
  kind: PlanDayKind;
  phase: Phase;
  tasks: Task[];
  /** Minutes and questions of the day's work (a rest day's rest is not work). */
  minutes: number;
  questions: number;
  hasPracticeExam: boolean;
  isToday: boolean;
  isPast: boolean;
}

export interface PlanWeekView {
  start: DayKey;
  days: PlanDayView[];
  /** The phases the week's days are in, in order, without repeats. */
  phases: Phase[];
  minutes: number;
  questions: number;
}

function kindOf(day: DayKey, tasks: readonly Task[], settings: Settings): PlanDayKind {
  if (day === settings.examDate) return 'exam';
  if (tasks.length > 0) return tasks.every((t) => isRestLike(t.kind)) ? 'rest' : 'study';
  if (settings.blockedDates.includes(day)) return 'blocked';
  if ((settings.weekdayMinutes[weekdayIndex(day)] ?? 0) === 0) return 'off';
  return 'free';
}

export function planWeeks(tasks: readonly Task[], settings: Settings, today: DayKey): PlanWeekView[] {
  const byDay = new Map<DayKey, Task[]>();
  for (const t of tasks) byDay.set(t.day, [...(byDay.get(t.day) ?? []), t]);
  // The weeks shown stay within the longest plan the app makes: a stray task dated decades away (bad data from an
  // old version) is not worth laying out years of empty weeks for.
  const earliest = settings.examDate ? addDays(settings.examDate, -MAX_PLAN_SPAN_DAYS) : '';
  const first = [settings.startDate, ...byDay.keys()].filter((d) => d && d >= earliest).sort()[0];
  if (!first || !settings.examDate) return [];
  const last =
    [settings.examDate, ...byDay.keys()]
      .filter((d) => d <= addDays(settings.examDate, 7))
      .sort()
      .at(-1) ?? settings.examDate;

  const weeks = new Map<DayKey, PlanWeekView>();
  for (const day of dayRange(first, last)) {
    const dayTasks = (byDay.get(day) ?? []).sort((a, b) => a.order - b.order);
    const work = dayTasks.filter((t) => !isRestLike(t.kind));
    const view: PlanDayView = {
      day,
      kind: kindOf(day, dayTasks, settings),
      phase: phaseOf(day, settings.startDate || first, settings.examDate),
      tasks: dayTasks,
      minutes: work.reduce((sum, t) => sum + t.minutes, 0),
      questions: work.reduce((sum, t) => sum + (t.kind === 'practice-exam' ? 0 : (t.questions ?? 0)), 0),
      hasPracticeExam: dayTasks.some((t) => t.kind === 'practice-exam'),
      isToday: day === today,
      isPast: day < today,
    };
    const start = weekStart(day);
    const week = weeks.get(start) ?? { start, days: [], phases: [], minutes: 0, questions: 0 };
    week.days.push(view);
    if (view.kind !== 'exam' && !week.phases.includes(view.phase)) week.phases.push(view.phase);
    week.minutes += view.minutes;
    week.questions += view.questions;
    weeks.set(start, week);
  }
  return [...weeks.values()];
}
