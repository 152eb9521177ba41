// The settings the onboarding form edits and the save service stores: one type for both sides.
import type { Settings } from '../settings';

export type PlanSettingsFields = Pick<
  Settings,
  | 'examId'
  | 'examDate'
  | 'examBooked'
  | 'weekdayMinutes'
  | 'blockedDates'
  | 'bands'
  | 'questionBankLeft'
  | 'practiceFormIds'
  | 'parallelTrack'
  | 'supporters'
> &
  // The dates that matter (lib/domain/deadlines): a caller that does not edit them leaves them as stored.
  // The light day each week (rule 2): a caller that does not show it leaves it as stored, too.
  Partial<Pick<Settings, 'schoolDeadline' | 'resultWeeks' | 'eligibilityEnd' | 'lightDayEachWeek' | 'customForms'>>;
