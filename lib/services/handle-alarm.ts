// What the background does when an alarm fires: the handler its kind names (lib/domain/alarms/alarm-kinds.ts), one
// per kind of work. Each alarm does its work once: the services it runs only collect what they wrote, and the end
// syncs the alarms once (which plans the next one and redraws the badge) and announces once.
import { readAlarmState, type CoachState } from '../db/read-alarm-state';
import { NEW_DAY } from '../db/read-scopes';
import type { StoreName } from '../db/schema';
import {
  ACTION_LABELS,
  alarmKindFacts,
  isQuietAt,
  notificationActions,
  notificationOn,
  parseAlarmName,
  type AlarmHandler,
  type ParsedAlarmName,
} from '../domain/alarms';
import { blockDoneCopy, breakOverCopy } from '../domain/focus';
import { showNotification } from '../platform/notifications';
import { batchedWrites } from './batched-writes';
import type { ServiceContext } from './context';
import { finishSession } from './focus-finish';
import { raiseReminder } from './reminder-notification';
import { replanIfNeeded } from './replan-if-needed';

/** What a handler leaves for the flush: the state it read (reused when nothing was written), extra stores to announce. */
interface Handled {
  state?: CoachState;
  also?: readonly StoreName[];
}

type Handler = (ctx: ServiceContext, name: string, alarm: ParsedAlarmName) => Promise<Handled>;

const HANDLERS: Record<AlarmHandler, Handler> = {
  // Quiet hours were applied when the alarm was planned; a reminder is worded from today's tasks as they are now.
  reminder: async (ctx, name, { kind, subject }) => {
    const state = await readAlarmState(ctx.db, ctx.now());
    await raiseReminder(ctx.db, name, kind, subject, state);
    return { state };
  },
  'focus-end': async (ctx, name, { kind, subject }) => {
    const result = await finishSession(ctx, subject);
    if (!result || !notificationOn(result.settings, kind)) return {};
    const { finished, next, taskTitle } = result;
    // The student started this block themselves, so its end is announced even in quiet hours.
    const copy = finished.kind === 'focus' ? blockDoneCopy(finished, next, taskTitle) : breakOverCopy(taskTitle);
    await showNotification(name, { ...copy, buttons: notificationActions(name).map((a) => ACTION_LABELS[a]) });
    return {};
  },
  // A new plan day: unfinished work moves forward first (pages retry on open if this fails), then every open page
  // re-reads what "today" is, in the same one announcement as the replan's writes.
  'day-rollover': async (ctx) => {
    await replanIfNeeded(ctx).catch((error: unknown) => console.error('Replanning at the day rollover failed', error));
    return { also: NEW_DAY };
  },
  // A snoozed notification comes back as it would be worded now, unless its kind keeps quiet hours and it is quiet.
  snooze: async (ctx, _name, { subject: snoozed }) => {
    const parsed = parseAlarmName(snoozed);
    if (!parsed) return {};
    const state = await readAlarmState(ctx.db, ctx.now());
    if (!(alarmKindFacts(parsed.kind).quiet && isQuietAt(ctx.now(), state.settings.quietHours)))
      await raiseReminder(ctx.db, snoozed, parsed.kind, parsed.subject, state);
    return { state };
  },
  // Nothing of its own: the flush's alarm sync redraws the badge.
  badge: async () => ({}),
};

export async function handleAlarm(base: ServiceContext, name: string): Promise<void> {
  const parsed = parseAlarmName(name);
  if (!parsed) return;
  const { ctx, flush } = batchedWrites(base);
  const { state, also = [] } = await HANDLERS[alarmKindFacts(parsed.kind).handler](ctx, name, parsed);
  await flush(also, state);
}
