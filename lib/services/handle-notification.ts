// Clicks on our notifications. A click opens (or brings forward) the new tab page, where the plan, the evening
// review and the focus control live (a popup cannot be opened from a notification). A button does what it says;
// which button is which follows from the notification's id alone.
import { readAlarmState } from '../db/read-alarm-state';
import { readTransaction } from '../db/transaction';
import { actionAt, alarmName, parseAlarmName, SNOOZE_MINUTES } from '../domain/alarms';
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

/** The task a "Start focus" or "10 more minutes" button continues: the session's, or the day's next one. */
async function taskFor(ctx: ServiceContext, id: string): Promise<string | undefined> {
  const parsed = parseAlarmName(id);
  if (!parsed) return undefined;
  if (parsed.kind === 'focus-end' || parsed.kind === 'break-end') {
    const session = await readTransaction(ctx.db, ['focus'], ({ focus }) => focus.get(parsed.subject));
    // A block's id names its task; a break carries the task of the block before it.
    return session?.taskId;
  }
  if (parsed.kind === 'study') {
    const { today, upcoming } = await readAlarmState(ctx.db, ctx.now());
    return upcoming.find((t) => t.day === today && t.status === 'todo' && !isRestLike(t.kind))?.id;
  }
  return undefined;
}

export async function handleNotificationButton(ctx: ServiceContext, id: string, buttonIndex: number): Promise<void> {
  const action = actionAt(id, buttonIndex);
  await clearNotification(id);
  switch (action) {
    case 'snooze':
      // Snoozes live outside the derived set (syncAlarms leaves them alone) and replace themselves by name.
      await scheduleAlarm({ name: alarmName.snooze(id), when: ctx.now() + SNOOZE_MINUTES * 60_000 });
      break;
    case 'start-focus':
      await startFocus(ctx, { taskId: await taskFor(ctx, id) });
      break;
    case 'focus-more':
      await startFocus(ctx, { taskId: await taskFor(ctx, id), minutes: EXTEND_MINUTES });
      break;
    case 'stop':
      await stopFocus(ctx);
      break;
    case 'resume':
      await resumeFocus(ctx);
      break;
    case undefined:
      break;
  }
}
