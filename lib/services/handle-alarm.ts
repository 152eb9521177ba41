// What the background does when an alarm fires. Each alarm does its work once: the services it runs only collect
// what they wrote, and the end syncs the alarms once (which plans the next one) and announces once.
import { readAlarmState, type CoachState } from '../db/read-alarm-state';
import { NEW_DAY } from '../db/read-scopes';
import type { StoreName } from '../db/schema';
import { ACTION_LABELS, isQuietAt, notificationActions, parseAlarmName } from '../domain/alarms';
import { blockDoneCopy, breakOverCopy } from '../domain/focus';
import { showNotification } from '../platform/notifications';
import { batchedWrites } from './batched-writes';
import type { ServiceContext } from './context';
import { finishSession } from './focus-finish';
import { raiseReminder } from './reminder-notification';
import { replanIfNeeded } from './replan-if-needed';

async function finishFocusAlarm(ctx: ServiceContext, name: string, sessionId: string): Promise<void> {
  const result = await finishSession(ctx, sessionId);
  if (!result) return;
  const { settings, finished, next, taskTitle } = result;
  if (!settings.notifications.enabled || !settings.notifications.focus) return;
  // The student started this block themselves, so its end is announced even in quiet hours.
  const copy = finished.kind === 'focus' ? blockDoneCopy(finished, next, taskTitle) : breakOverCopy(taskTitle);
  await showNotification(name, withButtons(name, copy));
}

/** A snoozed notification comes back as it would be worded now. Resolves to the state it read. */
async function raiseSnoozed(ctx: ServiceContext, name: string): Promise<CoachState | undefined> {
  const parsed = parseAlarmName(name);
  if (!parsed) return undefined;
  const state = await readAlarmState(ctx.db, ctx.now());
  if (parsed.kind === 'break-end') {
    if (state.settings.notifications.enabled && state.settings.notifications.focus)
      await showNotification(name, withButtons(name, breakOverCopy()));
  } else if (!isQuietAt(ctx.now(), state.settings.quietHours)) {
    await raiseReminder(ctx.db, name, parsed.kind, parsed.subject, state);
  }
  return state;
}

function withButtons(name: string, copy: { title: string; message: string }) {
  return { ...copy, buttons: notificationActions(name).map((a) => ACTION_LABELS[a]) };
}

export async function handleAlarm(base: ServiceContext, name: string): Promise<void> {
  const parsed = parseAlarmName(name);
  if (!parsed) return;
  const { ctx, flush } = batchedWrites(base);
  let state: CoachState | undefined;
  let also: readonly StoreName[] = [];
  switch (parsed.kind) {
    case 'focus-end':
    case 'break-end':
      await finishFocusAlarm(ctx, name, parsed.subject);
      break;
    case 'snooze':
      state = await raiseSnoozed(ctx, parsed.subject);
      break;
    case 'day-rollover':
      // A new plan day: unfinished work moves forward first (pages retry on open if this fails), then every open
      // page re-reads what "today" is, in the same one announcement as the replan's writes.
      await replanIfNeeded(ctx).catch((error: unknown) =>
        console.error('Replanning at the day rollover failed', error),
      );
      also = NEW_DAY;
      break;
    case 'focus-tick':
      break;
    default:
      // Quiet hours were applied when the alarm was planned; the reminder kinds are worded from today's tasks.
      state = await readAlarmState(ctx.db, ctx.now());
      await raiseReminder(ctx.db, name, parsed.kind, parsed.subject, state);
  }
  await flush(also, state);
}
