// The settings sections that are edited and saved on their own, as the fields each holds: one type per section for
// the form (components/reminders, components/standing) and its service (lib/services/save-reminders.ts,
// replan-settings.ts). A section's save writes only these fields, and the plan stays as it is.
import type { Settings } from './settings';

/** The Reminders section: when to be reminded, what of, and the focus block lengths. */
export const REMINDER_KEYS = [
  'morningTime',
  'eveningTime',
  'studyWindows',
  'quietHours',
  'notifications',
  'focus',
  'pauseFocusWhenIdle',
] as const satisfies readonly (keyof Settings)[];
export type ReminderSettingsFields = Pick<Settings, (typeof REMINDER_KEYS)[number]>;

/** The "when to decide" section: a go-ahead level in each unit a practice form reports, and the last day to
 * reschedule without losing the booking. */
export const DECISION_KEYS = [
  'goAheadPassProbability',
  'goAheadPercent',
  'rescheduleDeadline',
] as const satisfies readonly (keyof Settings)[];
export type DecisionSettingsFields = Pick<Settings, (typeof DECISION_KEYS)[number]>;
