// The background worker's events, each handed to its service in a fresh worker context. Every listener is registered
// synchronously when the worker starts (so that an event can wake it), and nothing is kept in memory between events.
import { onAlarmFired } from '../platform/alarms';
import { onIdleStateChanged } from '../platform/idle';
import { onBrowserStartup, onInstalled, openOptionsPage } from '../platform/lifecycle';
import { onNotificationButtonClicked, onNotificationClicked } from '../platform/notifications';
import { onPermissionsAdded } from '../platform/permissions';
import { handleIdleState } from './focus-idle';
import { handleAlarm } from './handle-alarm';
import { handleNotificationButton, handleNotificationClick } from './handle-notification';
import { syncAlarms } from './sync-alarms';
import { workerContext } from './worker-context';

const report = (what: string) => (error: unknown) => console.error(`Retake Coach: ${what} failed`, error);

const sync = async () => {
  const ctx = await workerContext();
  await syncAlarms(ctx.db, ctx.now());
};

/** Registers every listener; call it once, synchronously, from the background entrypoint. */
export function listenForWorkerEvents(): void {
  // The idle listener needs the optional `idle` permission: registered at start if granted, or when it is granted.
  let watchingIdle = false;
  const watchIdle = () => {
    watchingIdle ||= onIdleStateChanged(
      (state) =>
        void workerContext()
          .then((ctx) => handleIdleState(ctx, state))
          .catch(report('idle handling')),
    );
  };

  onInstalled((firstInstall) => {
    if (firstInstall) void openOptionsPage().catch(report('opening the settings on install'));
    void sync().catch(report('alarm sync on install'));
  });
  onBrowserStartup(() => void sync().catch(report('alarm sync on start-up')));
  onAlarmFired(
    (name) =>
      void workerContext()
        .then((ctx) => handleAlarm(ctx, name))
        .catch(report(`alarm ${name}`)),
  );
  onNotificationClicked((id) => void handleNotificationClick(id).catch(report('notification click')));
  onNotificationButtonClicked(
    (id, index) =>
      void workerContext()
        .then((ctx) => handleNotificationButton(ctx, id, index))
        .catch(report('notification button')),
  );
  watchIdle();
  onPermissionsAdded(watchIdle);
}
