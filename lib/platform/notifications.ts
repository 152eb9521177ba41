// browser.notifications through a narrow interface. Ids are chosen by the caller (derived from the alarm), so
// raising the same notification twice replaces it instead of stacking a duplicate.
import { browser } from 'wxt/browser';

export interface NotificationContent {
  title: string;
  message: string;
  /** At most two; Chrome shows them, Firefox ignores them (the click still opens the page). */
  buttons?: string[];
}

const ICON = '/icon/128.png';

export async function showNotification(id: string, content: NotificationContent): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: content.title,
    message: content.message,
    ...(content.buttons?.length && !import.meta.env.FIREFOX
      ? { buttons: content.buttons.slice(0, 2).map((title) => ({ title })) }
      : {}),
  });
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id);
}

export function onNotificationClicked(listener: (id: string) => void): void {
  browser.notifications.onClicked.addListener(listener);
}

export function onNotificationButtonClicked(listener: (id: string, buttonIndex: number) => void): void {
  // Firefox has no notification buttons, so its polyfill may lack the event.
  browser.notifications.onButtonClicked?.addListener(listener);
}
