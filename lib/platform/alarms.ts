// browser.alarms through a narrow interface: what syncAlarms and the background need, nothing more.
import { browser } from 'wxt/browser';

export interface ScheduledAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export interface AlarmRequest {
  name: string;
  when: number;
  periodInMinutes?: number;
}

export async function scheduledAlarms(): Promise<ScheduledAlarm[]> {
  return browser.alarms.getAll();
}

/** Creates the alarm, replacing any alarm of the same name. */
export async function scheduleAlarm({ name, when, periodInMinutes }: AlarmRequest): Promise<void> {
  await browser.alarms.create(name, periodInMinutes === undefined ? { when } : { when, periodInMinutes });
}

export async function cancelAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

export function onAlarmFired(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}
