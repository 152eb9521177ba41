// Every limit on what the student can enter, defined once. The forms use them as their bounds and maxLength, the
// services refuse what is over them, and the backup schema checks a file against the same numbers, so whatever the
// app accepts it can also restore (tests/unit/services/limits-roundtrip.test.ts holds that).
import { addDays, addMonths, daysBetween, isDayKey, type DayKey } from './day';
import { dayLabelWithYear } from './format/day-words';

/** An exam date further ahead than this is a typo (2127 for 2027), and would make a plan of decades. */
export const MAX_EXAM_YEARS_AHEAD = 3;

/** A plan's first day to its exam: the three years ahead, plus as long again already studied. Every loop over the
 * days of a plan is bounded by this (lib/domain/day.ts `dayRange`). */
export const MAX_PLAN_SPAN_DAYS = 2 * 3 * 366;

/** Text fields: the most characters each may hold. */
export const TEXT_LIMITS = {
  /** Record ids: the app makes UUIDs (36) or short planner ids. */
  id: 100,
  supporterName: 200,
  /** The school's wellness service: its name, and how to reach it (lib/domain/settings.ts wellbeingService). */
  wellbeingServiceName: 200,
  wellbeingServiceContact: 500,
  /** A question bank's question ID (UWorld's are 4-5 digits). */
  questionId: 100,
  examId: 100,
  formId: 100,
  areaId: 100,
  taskTitle: 300,
  taskDetail: 2000,
  journal: 2000,
  messageId: 200,
  replanSentence: 1000,
  /** Why a record was set aside: the first problem's sentence (lib/domain/backup/check-record.ts). */
  setAsideReason: 500,
} as const;

/** Lists the student fills. */
export const LIST_LIMITS = {
  supporters: 50,
  missesPerBlock: 100,
  blockedDates: 3000,
  attempts: 100,
} as const;

/** The last exam date the app accepts when today is `today`. */
export function latestExamDate(today: DayKey): DayKey {
  return addMonths(today, 12 * MAX_EXAM_YEARS_AHEAD);
}

export const examTooFarMessage = (examDate: DayKey, today: DayKey): string =>
  `${dayLabelWithYear(examDate)} is more than ${MAX_EXAM_YEARS_AHEAD} years ahead; please check the year (the latest date a plan can aim for is ${dayLabelWithYear(latestExamDate(today))}).`;

/**
 * Why an exam date cannot be planned for, or null. `today` is the day it is chosen on; `planStart` the plan's first
 * day (a remade plan keeps its start, and its days from there to the exam are bounded too).
 */
export function examDateLimitProblem(examDate: DayKey, today: DayKey, planStart: DayKey = today): string | null {
  if (!isDayKey(examDate) || !isDayKey(today)) return null;
  if (examDate > latestExamDate(today)) return examTooFarMessage(examDate, today);
  if (isDayKey(planStart) && daysBetween(planStart, examDate) > MAX_PLAN_SPAN_DAYS) {
    return `This plan began on ${dayLabelWithYear(planStart)}; a plan covers at most ${Math.floor(MAX_PLAN_SPAN_DAYS / 366)} years, so an exam on ${dayLabelWithYear(examDate)} needs a new plan (export a backup first).`;
  }
  return null;
}

/**
 * The same rule for stored or imported settings, which carry no "today": the exam date is checked against the day
 * the settings were last saved (`updatedAt`, a UTC time, so one day of slack for the time zone), else the plan's
 * first day.
 */
export function storedExamDateProblem(settings: {
  examDate: DayKey;
  startDate: DayKey;
  updatedAt: string;
}): string | null {
  if (settings.examDate === '') return null;
  const savedOn = isDayKey(settings.updatedAt.slice(0, 10))
    ? addDays(settings.updatedAt.slice(0, 10), 1)
    : settings.startDate;
  if (!isDayKey(savedOn)) return "needs the plan's start date (startDate) when an exam date is set";
  return examDateLimitProblem(settings.examDate, savedOn, settings.startDate);
}
