// The buttons each kind of notification carries, in order (each alarm kind's are in its row of alarm-kinds.ts). The
// notification id says its kind, so a button press is understood from the id and the index alone, even by a worker
// that started after the notification was shown.
import { alarmKindFacts } from './alarm-kinds';
import { parseAlarmName } from './alarm-names';

export type NotificationAction = 'snooze' | 'start-focus' | 'focus-more' | 'stop' | 'resume';

export const ACTION_LABELS: Record<NotificationAction, string> = {
  snooze: 'Snooze 10 min',
  'start-focus': 'Start focus',
  'focus-more': '10 more minutes',
  stop: 'Stop for now',
  resume: 'Resume',
};

/** Shown when a block pauses because the computer went idle; not an alarm, but named the same way. */
export const FOCUS_PAUSED_PREFIX = 'focus-paused:';
export const SNOOZE_MINUTES = 10;

/** The buttons of the notification a block pausing for idle raises. */
const FOCUS_PAUSED_BUTTONS: readonly NotificationAction[] = ['resume', 'stop'];

export function notificationActions(notificationId: string): readonly NotificationAction[] {
  if (notificationId.startsWith(FOCUS_PAUSED_PREFIX)) return FOCUS_PAUSED_BUTTONS;
  const parsed = parseAlarmName(notificationId);
  return parsed ? alarmKindFacts(parsed.kind).buttons : [];
}

export function actionAt(notificationId: string, buttonIndex: number): NotificationAction | undefined {
  return notificationActions(notificationId)[buttonIndex];
}
