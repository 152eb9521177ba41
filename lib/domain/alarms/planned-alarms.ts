// The complete set of alarms that should exist right now (../shared/DESIGN.md, "Alarms are derived, never
// accumulated"). syncAlarms() makes the browser's alarms equal to this set; nothing else creates derived alarms.
import type { AlarmState, PlannedAlarm } from './alarm-state';
import { focusAlarms } from './focus-alarms';
import { dayRolloverAlarm, eveningAlarm, morningAlarm, practiceEveAlarms, studyStartAlarm } from './reminder-alarms';

export function plannedAlarms(state: AlarmState, now: number): PlannedAlarm[] {
  const out: PlannedAlarm[] = [...focusAlarms(state.activeSession, now)];
  if (!state.hasPlan) return out;
  const s = state.settings;
  const rollover = dayRolloverAlarm(s, now);
  if (rollover) out.push(rollover);
  if (!s.notifications.enabled) return out;
  for (const alarm of [morningAlarm(s, now), studyStartAlarm(s, now), eveningAlarm(s, now)]) if (alarm) out.push(alarm);
  out.push(...practiceEveAlarms(s, state.practiceExamDays, now));
  return out;
}
