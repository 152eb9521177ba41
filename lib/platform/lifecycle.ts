// The extension's own life: installed or updated, the browser started, and the settings page it opens on install.
import { browser } from 'wxt/browser';

export function onInstalled(listener: (firstInstall: boolean) => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => listener(reason === 'install'));
}

export function onBrowserStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
