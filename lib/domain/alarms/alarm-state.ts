// What the alarm plan is derived from: a few settings, whether a plan exists, the focus session that has not
// ended, and the days that hold a practice exam. lib/db/read-alarm-state.ts reads it in one transaction.
import type { DayKey } from '../day';
import type { Settings } from '../settings';
import type { FocusSession } from '../types';
import type { AlarmKind } from './alarm-kinds';

export type AlarmSettings = Pick<
  Settings,
  | 'morningTime'
  | 'eveningTime'
  | 'studyWindows'
  | 'quietHours'
  | 'notifications'
  | 'dayStartHour'
  | 'weekdayMinutes'
  | 'blockedDates'
>;

export interface AlarmState {
  settings: AlarmSettings;
  /** False before onboarding: only a focus block started from the popup gets alarms. */
  hasPlan: boolean;
  /** The focus block or break that has not ended, if any. */
  activeSession?: FocusSession;
  /** Days from today on with a practice exam still to do. */
  practiceExamDays: DayKey[];
}

export interface PlannedAlarm {
  name: string;
  kind: AlarmKind;
  when: number;
  periodInMinutes?: number;
}
