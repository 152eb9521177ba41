// The planner's input from the saved settings. The start date and id prefix are arguments because a regenerated
// plan starts today and must not reuse the ids of tasks already kept.
import type { DayKey } from '../day';
import { profileOf } from '../profiles';
import type { Settings } from '../settings';
import type { PlanInput } from './plan-types';

export function planInputFromSettings(settings: Settings, startDate: DayKey, idPrefix: string): PlanInput {
  return {
    profile: profileOf(settings),
    startDate,
    examDate: settings.examDate,
    weekdayMinutes: [...settings.weekdayMinutes],
    blockedDates: [...settings.blockedDates],
    bands: { ...settings.bands },
    questionBankLeft: settings.questionBankLeft,
    practiceFormIds: [...settings.practiceFormIds],
    parallelTrack: { ...settings.parallelTrack },
    supporters: settings.supporters.map((s) => ({ ...s })),
    lightDay: settings.lightDayEachWeek,
    laterDate: {
      rescheduleFeeUSD: settings.budget.amounts.rescheduling ?? null,
      eligibilityEnd: settings.eligibilityEnd,
      schoolDeadline: settings.schoolDeadline,
      resultWeeks: settings.resultWeeks,
    },
    ...(settings.rescheduleDeadline ? { rescheduleDeadline: settings.rescheduleDeadline } : {}),
    idPrefix,
  };
}
