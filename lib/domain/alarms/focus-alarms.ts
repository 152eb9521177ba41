// The alarms of a running focus block or break: its end, and a once-a-minute tick that refreshes the badge. A
// paused session has neither (nothing changes until it is resumed). A session whose end has passed keeps its end
// alarm at that past instant: created again, it fires at once and the handler completes the session.
import { endsAt, MS_PER_MINUTE } from '../focus';
import type { FocusSession } from '../types';
import { alarmName, FOCUS_TICK } from './alarm-names';
import type { PlannedAlarm } from './alarm-state';

export function focusAlarms(session: FocusSession | undefined, now: number): PlannedAlarm[] {
  if (!session) return [];
  const end = endsAt(session);
  if (end === undefined) return [];
  const out: PlannedAlarm[] = [
    session.kind === 'focus'
      ? { name: alarmName.focusEnd(session.id), kind: 'focus-end', when: end }
      : { name: alarmName.breakEnd(session.id), kind: 'break-end', when: end },
  ];
  const wholeMinutesLeft = Math.floor((end - now) / MS_PER_MINUTE);
  if (wholeMinutesLeft >= 1) {
    // Ticks fall on the instants the minutes-left figure changes.
    const firstTick = end - wholeMinutesLeft * MS_PER_MINUTE;
    out.push({
      name: FOCUS_TICK,
      kind: 'focus-tick',
      when: firstTick > now ? firstTick : firstTick + MS_PER_MINUTE,
      periodInMinutes: 1,
    });
  }
  return out;
}
