import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onAlarmFired } from '../lib/platform/alarms';
import { onIdleStateChanged } from '../lib/platform/idle';
import { onNotificationButtonClicked, onNotificationClicked } from '../lib/platform/notifications';
import { onPermissionsAdded } from '../lib/platform/permissions';
import { handleAlarm } from '../lib/services/handle-alarm';
import { handleNotificationButton, handleNotificationClick } from '../lib/services/handle-notification';
import { handleIdleState } from '../lib/services/focus-idle';
import { pageContext } from '../lib/services/page-context';
import { syncAlarms } from '../lib/services/sync-alarms';

// Only wiring: every listener is registered synchronously at start-up (so an event can wake the worker) and hands
// over to a service. Nothing is kept in memory between events.
export default defineBackground(() => {
  const sync = async () => {
    const ctx = await pageContext();
    await syncAlarms(ctx.db, ctx.now());
  };
  const report = (what: string) => (error: unknown) => console.error(`Retake Coach: ${what} failed`, error);
  let watchingIdle = false;
  const watchIdle = () => {
    watchingIdle ||= onIdleStateChanged(
      (state) =>
        void pageContext()
          .then((ctx) => handleIdleState(ctx, state))
          .catch(report('idle handling')),
    );
  };

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
    void sync().catch(report('alarm sync on install'));
  });
  browser.runtime.onStartup.addListener(() => void sync().catch(report('alarm sync on start-up')));
  onAlarmFired(
    (name) =>
      void pageContext()
        .then((ctx) => handleAlarm(ctx, name))
        .catch(report(`alarm ${name}`)),
  );
  onNotificationClicked((id) => void handleNotificationClick(id).catch(report('notification click')));
  onNotificationButtonClicked(
    (id, index) =>
      void pageContext()
        .then((ctx) => handleNotificationButton(ctx, id, index))
        .catch(report('notification button')),
  );
  watchIdle();
  onPermissionsAdded(watchIdle);
});
