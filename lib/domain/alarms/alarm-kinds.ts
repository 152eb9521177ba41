// Every alarm kind and what follows when it fires, in one table (as lib/domain/task-kinds.ts is for tasks): which
// service handles it, which setting turns its notification on, whether quiet hours hold it back, its buttons, and the
// words of a reminder. A new kind is one row here, plus its handler in lib/services/handle-alarm.ts if none of the
// existing ones fits, plus the rule for when it exists (planned-alarms.ts). ALARM_KINDS and every check read it.
import { breakOverCopy } from '../focus/focus-copy';
import type { Settings } from '../settings';
import type { Task } from '../types';
import type { NotificationAction } from './notification-actions';
import { eveningCopy, morningCopy, practiceEveCopy, studyStartCopy, type ReminderCopy } from './reminder-copy';

/** Which service runs when the alarm fires (lib/services/handle-alarm.ts has one handler per value). */
export type AlarmHandler = 'reminder' | 'focus-end' | 'day-rollover' | 'snooze' | 'badge';

export type NotificationToggle = Exclude<keyof Settings['notifications'], 'enabled'>;

export interface AlarmKindFacts {
  handler: AlarmHandler;
  /** The on/off setting of its notification (under settings.notifications, with `enabled` over all); null: none. */
  toggle: NotificationToggle | null;
  /** Held back in quiet hours. A focus block's end is not: the student started the block themselves. */
  quiet: boolean;
  /** Not raised while a focus block runs ("your study block starts now" is no news to someone studying). */
  notDuringFocus: boolean;
  /** The buttons of its notification, in order: a press is understood from the notification id and the index. */
  buttons: readonly NotificationAction[];
  /**
   * The task a "Start focus" or "10 more minutes" button puts the block on: the task of the focus session the name
   * carries (a block's end, or the break after it), the plan day's next task still to do, or none.
   */
  buttonTask: 'session' | 'next-today' | 'none';
  /**
   * Its words when raised from the plan (a reminder, or a snoozed notification coming back): worded from the tasks of
   * the day its name carries, or of the plan day it fires in. Null when it has none of its own (the handler words it).
   */
  words: { day: 'named' | 'plan-today' | 'none'; copy: (tasks: Task[]) => ReminderCopy | null } | null;
}

const none = {
  toggle: null,
  quiet: false,
  notDuringFocus: false,
  buttons: [],
  buttonTask: 'none',
  words: null,
} as const;

export const ALARM_KIND_FACTS = {
  morning: {
    handler: 'reminder',
    toggle: 'morning',
    quiet: true,
    notDuringFocus: false,
    buttons: ['snooze'],
    buttonTask: 'none',
    words: { day: 'named', copy: morningCopy },
  },
  // A study window that opens after midnight but before the day-start hour belongs to the plan day before its date.
  study: {
    handler: 'reminder',
    toggle: 'studyBlocks',
    quiet: true,
    notDuringFocus: true,
    buttons: ['start-focus', 'snooze'],
    buttonTask: 'next-today',
    words: { day: 'plan-today', copy: studyStartCopy },
  },
  evening: {
    handler: 'reminder',
    toggle: 'evening',
    quiet: true,
    notDuringFocus: false,
    buttons: ['snooze'],
    buttonTask: 'none',
    words: { day: 'named', copy: eveningCopy },
  },
  'practice-eve': {
    handler: 'reminder',
    toggle: 'practiceEve',
    quiet: true,
    notDuringFocus: false,
    buttons: ['snooze'],
    buttonTask: 'none',
    words: { day: 'named', copy: (tasks) => practiceEveCopy(tasks.find((t) => t.kind === 'practice-exam')) },
  },
  'day-rollover': { handler: 'day-rollover', ...none },
  'focus-end': {
    handler: 'focus-end',
    ...none,
    toggle: 'focus',
    buttons: ['focus-more', 'stop'],
    buttonTask: 'session',
  },
  // Its own words come from the session (lib/services/handle-alarm.ts); these are for when a snooze brings it back.
  'break-end': {
    handler: 'focus-end',
    ...none,
    toggle: 'focus',
    buttons: ['start-focus', 'snooze'],
    // A break carries the task of the block before it.
    buttonTask: 'session',
    words: { day: 'none', copy: () => breakOverCopy() },
  },
  /** The badge refresh while a block or break runs; one name, periodic. */
  'focus-tick': { handler: 'badge', ...none },
  /** Created from a notification's button, not derived from the state: it raises that notification again. */
  snooze: { handler: 'snooze', ...none },
} as const satisfies Record<string, AlarmKindFacts>;

export type AlarmKind = keyof typeof ALARM_KIND_FACTS;
export const ALARM_KINDS = Object.keys(ALARM_KIND_FACTS) as [AlarmKind, ...AlarmKind[]];

export const alarmKindFacts = (kind: AlarmKind): AlarmKindFacts => ALARM_KIND_FACTS[kind];

/** Whether the settings let this kind's notification show (the master switch and its own toggle). */
export function notificationOn(settings: Pick<Settings, 'notifications'>, kind: AlarmKind): boolean {
  const { toggle } = alarmKindFacts(kind);
  return toggle !== null && settings.notifications.enabled && settings.notifications[toggle];
}
