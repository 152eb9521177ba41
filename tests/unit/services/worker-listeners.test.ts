// The background worker's wiring: every event reaches its service, in a worker context, from listeners registered
// when the worker starts. The services themselves are tested elsewhere; here they are stand-ins that record calls.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleIdleState } from '../../../lib/services/focus-idle';
import { handleAlarm } from '../../../lib/services/handle-alarm';
import { handleNotificationButton, handleNotificationClick } from '../../../lib/services/handle-notification';
import { syncAlarms } from '../../../lib/services/sync-alarms';
import { listenForWorkerEvents } from '../../../lib/services/worker-listeners';

vi.mock('../../../lib/services/handle-alarm', () => ({ handleAlarm: vi.fn(async () => undefined) }));
vi.mock('../../../lib/services/handle-notification', () => ({
  handleNotificationClick: vi.fn(async () => undefined),
  handleNotificationButton: vi.fn(async () => undefined),
}));
vi.mock('../../../lib/services/focus-idle', () => ({ handleIdleState: vi.fn(async () => undefined) }));
vi.mock('../../../lib/services/sync-alarms', () => ({ syncAlarms: vi.fn(async () => undefined) }));

const serviceContext = expect.objectContaining({ db: expect.anything(), now: expect.any(Function) });

describe('listenForWorkerEvents', () => {
  let permissionListeners: ((granted: { permissions?: 'idle'[] }) => void)[];
  let idleListeners: ((state: string) => void)[];

  beforeEach(() => {
    fakeBrowser.reset();
    vi.clearAllMocks();
    permissionListeners = [];
    idleListeners = [];
    // The fake browser has no openOptionsPage, permission events or idle API; these stand in for them.
    fakeBrowser.runtime.openOptionsPage = vi.fn(async () => undefined);
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(
      (l) => void permissionListeners.push(l),
    );
    // Without the optional permission a browser has no `idle` API at all.
    Object.assign(fakeBrowser, { idle: {} });
    listenForWorkerEvents();
  });

  const grantIdle = () =>
    Object.assign(fakeBrowser, {
      idle: {
        setDetectionInterval: () => undefined,
        onStateChanged: { addListener: (l: (state: string) => void) => void idleListeners.push(l) },
      },
    });

  it('opens the settings page on first install only, and derives the alarms on install and start-up', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await vi.waitFor(() => expect(syncAlarms).toHaveBeenCalledTimes(1));
    expect(fakeBrowser.runtime.openOptionsPage).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(syncAlarms).toHaveBeenCalledTimes(3));
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('hands an alarm and a notification click or button to their services', async () => {
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'morning', scheduledTime: 0 });
    await fakeBrowser.notifications.onClicked.trigger('morning');
    await fakeBrowser.notifications.onButtonClicked.trigger('morning', 1);
    await vi.waitFor(() => expect(handleAlarm).toHaveBeenCalledWith(serviceContext, 'morning'));
    expect(handleNotificationClick).toHaveBeenCalledWith('morning');
    await vi.waitFor(() => expect(handleNotificationButton).toHaveBeenCalledWith(serviceContext, 'morning', 1));
  });

  it('starts watching idle once the permission is granted, and only once', async () => {
    expect(idleListeners).toHaveLength(0);
    grantIdle();
    permissionListeners.forEach((l) => l({ permissions: ['idle'] }));
    permissionListeners.forEach((l) => l({ permissions: ['idle'] }));
    expect(idleListeners).toHaveLength(1);
    idleListeners[0]?.('idle');
    await vi.waitFor(() => expect(handleIdleState).toHaveBeenCalledWith(serviceContext, 'idle'));
  });
});
