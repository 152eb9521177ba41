// Clicks on our notifications. A click opens (or brings forward) the new tab page, where the plan, the evening
// review and the focus control live (a popup cannot be opened from a notification). A button does what it says;
// which button is which follows from the notification's id alone.
import { readAlarmState } from '../db/read-alarm-state';
import { readTransaction } from '../db/transaction';
import {
  actionAt,
  alarmKindFacts,
  alarmName,
  parseAlarmName,
  SNOOZE_MINUTES,
  type NotificationAction,
} from '../domain/alarms';
import { EXTEND_MINUTES } from '../domain/focus';
import { scheduleAlarm } from '../platform/alarms';
import { clearNotification } from '../platform/notifications';
import { openExtensionPage } from '../platform/open-page';
import type { ServiceContext } from './context';
import { resumeFocus, stopFocus } from './focus-control';
import { startFocus } from './focus-start';
import { isRestLike } from '../domain/task-kinds';

export async function handleNotificationClick(id: string): Promise<void> {
  await clearNotification(id);
  await openExtensionPage('/newtab.html');
}

/** The task a "Start focus" or "10 more minutes" button continues, as the kind's row says (buttonTask). */
async function taskFor(ctx: ServiceContext, id: string): Promise<string | undefined> {
  const parsed = parseAlarmName(id);
  if (!parsed) return undefined;
  switch (alarmKindFacts(parsed.kind).buttonTask) {
    case 'session': {
      // A block's id names its task; a break carries the task of the block before it.
      const session = await readTransaction(ctx.db, ['focus'], ({ focus }) => focus.get(parsed.subject));
      return session?.taskId;
    }
    case 'next-today': {
      const { today, upcoming } = await readAlarmState(ctx.db, ctx.now());
      return upcoming.find((t) => t.day === today && t.status === 'todo' && !isRestLike(t.kind))?.id;
    }
    case 'none':
      return undefined;
  }
}

/**
 * What each button does, one row per action (its label is ACTION_LABELS in lib/domain/alarms/notification-actions.ts;
 * which notification carries it is the `buttons` of its kind's row). A new action is a row here and a label there.
 */
const ACTIONS: Record<NotificationAction, (ctx: ServiceContext, id: string) => Promise<unknown>> = {
  // Snoozes live outside the derived set (syncAlarms leaves them alone) and replace themselves by name.
  snooze: (ctx, id) => scheduleAlarm({ name: alarmName.snooze(id), when: ctx.now() + SNOOZE_MINUTES * 60_000 }),
  'start-focus': async (ctx, id) => startFocus(ctx, { taskId: await taskFor(ctx, id) }),
  'focus-more': async (ctx, id) => startFocus(ctx, { taskId: await taskFor(ctx, id), minutes: EXTEND_MINUTES }),
  stop: (ctx) => stopFocus(ctx),
  resume: (ctx) => resumeFocus(ctx),
};

export async function handleNotificationButton(ctx: ServiceContext, id: string, buttonIndex: number): Promise<void> {
  const action = actionAt(id, buttonIndex);
  await clearNotification(id);
  if (action) await ACTIONS[action](ctx, id);
}
