// Makes the browser's alarms (and the toolbar badge) match the stored state: plannedAlarms() decides, this only
// applies the difference. Idempotent, so it runs after every write, at every alarm and at every start-up.
import { readAlarmState, type CoachState } from '../db/read-alarm-state';
import type { RetakeCoachDatabase } from '../db/open';
import { alarmDiff, plannedAlarms, type AlarmDiff } from '../domain/alarms';
import { badgeView } from '../domain/focus';
import { cancelAlarm, scheduleAlarm, scheduledAlarms } from '../platform/alarms';
import { clearBadge, showBadge } from '../platform/badge';

export async function syncAlarms(db: RetakeCoachDatabase, now: number): Promise<AlarmDiff> {
  return applyAlarmState(await readAlarmState(db, now), now);
}

/** The sync for a state already read (an alarm that wrote nothing need not read it twice). */
export async function applyAlarmState(state: CoachState, now: number): Promise<AlarmDiff> {
  const diff = alarmDiff(plannedAlarms(state, now), await scheduledAlarms());
  await Promise.all([
    ...diff.clear.map(cancelAlarm),
    ...diff.create.map(({ name, when, periodInMinutes }) => scheduleAlarm({ name, when, periodInMinutes })),
  ]);
  const badge = badgeView(state.activeSession, now);
  await (badge ? showBadge(badge.text, badge.tone) : clearBadge());
  return diff;
}
