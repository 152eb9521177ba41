// The one optional permission: `idle`, asked for only when the student turns on "pause focus when I step away".
import { browser } from 'wxt/browser';

const IDLE = { permissions: ['idle'] } as const;

export async function hasIdlePermission(): Promise<boolean> {
  return browser.permissions.contains({ permissions: [...IDLE.permissions] });
}

/** Must run in a user gesture (the settings toggle's change handler). */
export async function requestIdlePermission(): Promise<boolean> {
  return browser.permissions.request({ permissions: [...IDLE.permissions] });
}

export function onPermissionsAdded(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
}
