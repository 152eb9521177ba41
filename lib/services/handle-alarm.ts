// What the background does when an alarm fires. Every alarm ends with syncAlarms(), which plans the next one.
import { readAlarmState } from '../db/read-alarm-state';
import { readTransaction } from '../db/transaction';
import { ACTION_LABELS, isQuietAt, notificationActions, parseAlarmName } from '../domain/alarms';
import { blockDoneCopy, breakOverCopy } from '../domain/focus';
import { announceChange } from '../platform/change-channel';
import { showNotification } from '../platform/notifications';
import type { ServiceContext } from './context';
import { finishSession } from './focus-finish';
import { raiseReminder } from './reminder-notification';
import { replanIfNeeded } from './replan-if-needed';
import { syncAlarms } from './sync-alarms';

async function finishFocusAlarm(ctx: ServiceContext, name: string, sessionId: string): Promise<void> {
  const result = await finishSession(ctx, sessionId);
  if (!result) return;
  const { settings } = await readAlarmState(ctx.db, ctx.now());
  if (!settings.notifications.enabled || !settings.notifications.focus) return;
  const taskId = result.finished.taskId;
  const taskTitle = taskId ? (await readTransaction(ctx.db, ['tasks'], ({ tasks }) => tasks.get(taskId)))?.title : undefined;
  // The student started this block themselves, so its end is announced even in quiet hours.
  const copy = result.finished.kind === 'focus' ? blockDoneCopy(result.finished, result.next, taskTitle) : breakOverCopy(taskTitle);
  await showNotification(name, withButtons(name, copy));
}

/** A snoozed notification comes back as it would be worded now. */
async function raiseSnoozed(ctx: ServiceContext, name: string): Promise<void> {
  const parsed = parseAlarmName(name);
  if (!parsed) return;
  const state = await readAlarmState(ctx.db, ctx.now());
  if (parsed.kind === 'break-end') {
    if (state.settings.notifications.enabled && state.settings.notifications.focus) await showNotification(name, withButtons(name, breakOverCopy()));
    return;
  }
  if (!isQuietAt(ctx.now(), state.settings.quietHours)) await raiseReminder(ctx.db, name, parsed.kind, parsed.subject, state);
}

function withButtons(name: string, copy: { title: string; message: string }) {
  return { ...copy, buttons: notificationActions(name).map((a) => ACTION_LABELS[a]) };
}

export async function handleAlarm(ctx: ServiceContext, name: string): Promise<void> {
  const parsed = parseAlarmName(name);
  if (!parsed) return;
  switch (parsed.kind) {
    case 'focus-end':
    case 'break-end':
      await finishFocusAlarm(ctx, name, parsed.subject);
      break;
    case 'snooze':
      await raiseSnoozed(ctx, parsed.subject);
      break;
    case 'day-rollover':
      // A new plan day: unfinished work moves forward first (pages retry on open if this fails), then every open
      // page re-reads what "today" is.
      await replanIfNeeded(ctx).catch((error: unknown) => console.error('Replanning at the day rollover failed', error));
      announceChange(['tasks']);
      break;
    case 'focus-tick':
      break;
    default: {
      // Quiet hours were applied when the alarm was planned; the reminder kinds are worded from today's tasks.
      const state = await readAlarmState(ctx.db, ctx.now());
      await raiseReminder(ctx.db, name, parsed.kind, parsed.subject, state);
    }
  }
  await syncAlarms(ctx.db, ctx.now());
}
