// The settings the onboarding form edits and the save service stores, what the form reads and what a save returns:
// one type for each, used by both sides (components/onboarding, components/settings and
// lib/services/save-plan-settings.ts).
import type { DayKey } from '../day';
import type { Settings } from '../settings';
import type { Attempt } from '../types';
import type { PlanWarning } from './plan-types';

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

/** A past attempt as the form gives it; `id` is there for attempts already stored. */
export interface AttemptEntry {
  id?: string;
  date: DayKey;
  outcome: 'fail' | 'incomplete';
}

/** What the plan-settings form starts from (lib/services/save-plan-settings.ts readPlanSettings). */
export interface PlanSettingsData {
  /** The stored settings, with `questionBankLeft` as what is left now (the entered count minus the logs since). */
  settings: Settings;
  attempts: Attempt[];
  /** Practice forms already logged, oldest first: the form lists them as taken. */
  takenForms: { formId: string; day: DayKey }[];
  today: DayKey;
  onboarded: boolean;
}

/** What a save of the plan settings did. */
export interface SavePlanOutcome {
  /** true on the first save (onboarding), false when the future was regenerated. */
  created: boolean;
  today: DayKey;
  /** Tasks written by this save. */
  plannedTasks: number;
  warnings: PlanWarning[];
  /** The saved record's `updatedAt`: a page can tell its own save from another page's write by it. */
  updatedAt: string;
}
