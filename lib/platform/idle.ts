// Idle detection, used only when the optional `idle` permission was granted (browser.idle is absent otherwise).
import { browser } from 'wxt/browser';

export type IdleState = 'active' | 'idle' | 'locked';

/** Seconds without input before the machine counts as idle: long enough for reading a long question stem. */
export const IDLE_AFTER_SECONDS = 5 * 60;

export function idleAvailable(): boolean {
  return typeof browser.idle?.onStateChanged?.addListener === 'function';
}

/** Listens for idle/locked/active changes; returns false when the permission is not granted. */
export function onIdleStateChanged(listener: (state: IdleState) => void): boolean {
  if (!idleAvailable()) return false;
  browser.idle.setDetectionInterval(IDLE_AFTER_SECONDS);
  browser.idle.onStateChanged.addListener(listener);
  return true;
}
