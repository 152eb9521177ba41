// What the onboarding form holds while the student types: strings as typed, so that a half-typed number is kept
// and checked on submit rather than silently turned into 0. Tested without a DOM.
import type { DayKey } from '../../lib/domain/day';
import type { ParallelTrackKind, Settings, SupporterRole } from '../../lib/domain/settings';
import type { Attempt, Band } from '../../lib/domain/types';
import type { CustomForm } from '../../lib/domain/profiles/custom-forms';

// The day names the hours are checked with (lib/domain/planner/plan-input-checks.ts), one list for both.
export { WEEKDAY_NAMES } from '../../lib/domain/planner/plan-input-checks';

export interface AttemptDraft {
  id?: string;
  date: string;
  outcome: 'fail' | 'incomplete';
}

export interface SupporterDraft {
  name: string;
  role: SupporterRole;
}

export interface PlanDraft {
  examId: string;
  examDate: string;
  /** The exam is not booked yet: `examDate` is a target date. */
  notBooked: boolean;
  attempts: AttemptDraft[];
  /** Hours per weekday as typed, Monday first. */
  hours: string[];
  blockedDates: DayKey[];
  bands: Record<string, Band>;
  questionBankLeft: string;
  practiceFormIds: string[];
  parallelKind: ParallelTrackKind;
  parallelHours: string;
  supporters: SupporterDraft[];
  /** '' when the school set none. */
  schoolDeadline: string;
  /** Weeks to allow for the result, as typed. */
  resultWeeks: string;
  /** '' when not entered. */
  eligibilityEnd: string;
  /** One light day in every 7 (on unless the student turns it off). */
  lightDay: boolean;
  /** Practice forms the student added, each already checked when added (lib/domain/profiles/custom-forms.ts). */
  customForms: CustomForm[];
}

/** Hours as a student writes them: 6, 5.5, 4.25; never a long float. */
const hoursText = (minutes: number): string => String(Math.round((minutes / 60) * 100) / 100);

export function draftFromSettings(settings: Settings, attempts: readonly Attempt[], onboarded: boolean): PlanDraft {
  return {
    examId: settings.examId,
    examDate: settings.examDate,
    notBooked: !settings.examBooked,
    attempts: attempts
      .filter((a) => a.outcome !== 'pass')
      .map((a) => ({ id: a.id, date: a.date, outcome: a.outcome === 'incomplete' ? 'incomplete' : 'fail' })),
    hours: settings.weekdayMinutes.map(hoursText),
    blockedDates: [...settings.blockedDates].sort(),
    bands: { ...settings.bands },
    // Before onboarding the bank is empty rather than "0", so the student sees that it is theirs to fill.
    questionBankLeft: onboarded ? String(settings.questionBankLeft) : '',
    practiceFormIds: [...settings.practiceFormIds],
    parallelKind: settings.parallelTrack.kind,
    parallelHours: settings.parallelTrack.hoursPerWeek > 0 ? String(settings.parallelTrack.hoursPerWeek) : '',
    supporters: settings.supporters.map((s) => ({ ...s })),
    schoolDeadline: settings.schoolDeadline,
    resultWeeks: String(settings.resultWeeks),
    eligibilityEnd: settings.eligibilityEnd,
    lightDay: settings.lightDayEachWeek,
    customForms: settings.customForms.map((f) => ({ ...f })),
  };
}
