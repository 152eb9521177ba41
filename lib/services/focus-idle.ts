// Idle awareness (only with the optional `idle` permission and the "pause when I step away" setting): a running
// focus block pauses when the computer goes idle or locks, and on return a notification says so and offers Resume.
import { readAlarmState } from '../db/read-alarm-state';
import { ACTION_LABELS, FOCUS_PAUSED_PREFIX, notificationActions } from '../domain/alarms';
import { focusStatus, idlePausedCopy } from '../domain/focus';
import type { IdleState } from '../platform/idle';
import { showNotification } from '../platform/notifications';
import type { ServiceContext } from './context';
import { pauseFocus } from './focus-control';

export async function handleIdleState(ctx: ServiceContext, state: IdleState): Promise<void> {
  const { settings, activeSession } = await readAlarmState(ctx.db, ctx.now());
  if (!activeSession || activeSession.kind !== 'focus') return;
  if (state !== 'active') {
    if (settings.pauseFocusWhenIdle && focusStatus(activeSession, ctx.now()) === 'running')
      await pauseFocus(ctx, 'idle');
    return;
  }
  if (activeSession.pauseReason !== 'idle' || !settings.notifications.enabled) return;
  const id = `${FOCUS_PAUSED_PREFIX}${activeSession.id}`;
  await showNotification(id, {
    ...idlePausedCopy(activeSession, ctx.now()),
    buttons: notificationActions(id).map((a) => ACTION_LABELS[a]),
  });
}
