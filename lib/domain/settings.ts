// The settings record. Its type is derived from the defaults so that the two cannot drift apart
// (the habit of refined-github's options-storage.ts).
import type { Band } from './types';
// Types only from budget and deadlines: this module is on the new tab's first paint, their facts and copy are not.
import type { BudgetSettings } from './budget/budget-settings';
import type { CustomForm } from './profiles/custom-forms';
import { planDayAt, type DayKey } from './day';

export type ParallelTrackKind = 'none' | 'clinical' | 'step2ck';
export type SupporterRole = 'advisor' | 'dean' | 'tutor' | 'study-partner' | 'friend' | 'other';

export interface Supporter {
  name: string;
  role: SupporterRole;
}

export interface StudyWindow {
  /** 'HH:MM' local time. */
  start: string;
  end: string;
}

export const defaultSettings = {
  examId: 'usmle-step1',
  /** '' until onboarding is done. */
  examDate: '' as DayKey,
  /** false: the exam is not booked yet and `examDate` is the target date. */
  examBooked: true,
  /** The plan's first day. */
  startDate: '' as DayKey,
  /** Study minutes per weekday, Monday first; 0 makes it a day off. */
  weekdayMinutes: [360, 360, 360, 360, 360, 240, 0] as number[],
  /** Single dates with no study (rotations, holidays). */
  blockedDates: [] as DayKey[],
  /** Score-report band per content-area id. Missing means 'unknown'. */
  bands: {} as Record<string, Band>,
  /** Questions left in the bank when the student last entered the count; logs after `questionBankCountedAt` are taken off. */
  questionBankLeft: 0,
  /** ISO time the count above was entered; '' on records older than the field (the last save stands in). */
  questionBankCountedAt: '',
  /** Self-assessment forms the student has and has not used yet (profile ids: 'nbme-26', 'uwsa1', ...). */
  practiceFormIds: [] as string[],
  /**
   * Practice forms the student added with their own name and length (lib/domain/profiles/custom-forms.ts); the ones
   * still to take are in `practiceFormIds` like the profile's own.
   */
  customForms: [] as CustomForm[],
  parallelTrack: { kind: 'none' as ParallelTrackKind, hoursPerWeek: 0 },
  /** "Today" starts at this local hour so that studying past midnight counts for the evening before. */
  dayStartHour: 4,
  morningTime: '07:30',
  eveningTime: '21:00',
  /** Study windows per weekday, Monday first. */
  studyWindows: [
    [
      { start: '08:00', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ],
    [
      { start: '08:00', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ],
    [
      { start: '08:00', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ],
    [
      { start: '08:00', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ],
    [
      { start: '08:00', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ],
    [{ start: '09:00', end: '13:00' }],
    [],
  ] as StudyWindow[][],
  quietHours: { enabled: true, start: '22:30', end: '07:00' },
  notifications: {
    enabled: true,
    morning: true,
    studyBlocks: true,
    focus: true,
    evening: true,
    practiceEve: true,
  },
  focus: { focusMinutes: 50, shortBreakMinutes: 10, longBreakMinutes: 30, blocksBeforeLongBreak: 3 },
  pauseFocusWhenIdle: false,
  supporters: [] as Supporter[],
  /**
   * The school's wellness or counselling service, as the student writes it (a name, and how to reach it: a phone
   * number, an address, a web page); shown on the "Get support" page (components/support). '' when not filled in.
   */
  wellbeingService: { name: '', contact: '' },
  /** One light day (an hour at most) in every 7 (lib/domain/planner/capacity.ts); the student may turn it off. */
  lightDayEachWeek: true,
  /**
   * Free 120 percent correct the student wants to see before sitting; 0 = not set. Compared with the Free 120 only
   * (lib/domain/readiness/go-ahead.ts): other forms have other scales. Stored under its first name, when it was
   * compared with every form's percent, so that old records and backups keep the level the student chose.
   */
  goAheadPercent: 0,
  /**
   * NBME estimated probability of passing, in percent, the student wants before sitting: compared with NBME forms'
   * reported probability. DEFAULT_GO_AHEAD_PASS_PROBABILITY in lib/domain/planner/checkpoints.ts, our conservative
   * default (a test holds the two equal); not imported, as this module is on the new tab's first paint.
   */
  goAheadPassProbability: 90,
  /** Last day to reschedule without losing the booking, '' when unknown. */
  rescheduleDeadline: '' as DayKey,
  /** A deadline the school set for passing, '' when none. */
  schoolDeadline: '' as DayKey,
  /**
   * Weeks allowed between sitting and the result, for the latest day to sit: RESULT_WEEKS.planFor in
   * lib/domain/deadlines/timing-facts.ts (a school page's "up to 6 weeks"; a test holds the two equal).
   */
  resultWeeks: 6,
  /** The last day of the exam's eligibility period, '' when not entered. */
  eligibilityEnd: '' as DayKey,
  /** The retake budget: the student's own figures and choices (lib/domain/budget). */
  budget: { hidden: false, testsAbroad: false, amounts: {}, paid: [] } as BudgetSettings,
  /** ISO time of the last onboarding or settings save; '' before onboarding. */
  updatedAt: '',
};

export type Settings = typeof defaultSettings;

export function isOnboarded(settings: Settings | undefined): settings is Settings {
  return !!settings && settings.examDate !== '' && settings.startDate !== '';
}

/** The plan day `now` falls in, by the student's own day-start hour. */
export function planDayOf(now: number, settings: Pick<Settings, 'dayStartHour'>): DayKey {
  return planDayAt(now, settings.dayStartHour);
}
