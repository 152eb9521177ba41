import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cancelAlarm, scheduleAlarm, scheduledAlarms } from '../../../lib/platform/alarms';
import { clearBadge, showBadge } from '../../../lib/platform/badge';
import { showNotification } from '../../../lib/platform/notifications';

describe('platform adapters', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows a notification under the given id with the icon and at most two buttons', async () => {
    await showNotification('evening:2026-11-25', {
      title: 'Evening review',
      message: 'How did it go?',
      buttons: ['A', 'B', 'C'],
    });
    await showNotification('evening:2026-11-25', { title: 'Evening review', message: 'Again', buttons: ['A'] });
    const all = (await fakeBrowser.notifications.getAll()) as Record<
      string,
      { message: string; iconUrl: string; buttons?: { title: string }[] }
    >;
    expect(Object.keys(all)).toEqual(['evening:2026-11-25']);
    expect(all['evening:2026-11-25']).toMatchObject({ message: 'Again', buttons: [{ title: 'A' }] });
    expect(all['evening:2026-11-25']!.iconUrl).toMatch(/icon\/128\.png$/);
  });

  it('sets and clears the badge', async () => {
    await showBadge('42m', 'focus');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('42m');
    await clearBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('creates a periodic alarm, replaces it by name and clears it', async () => {
    await scheduleAlarm({ name: 'focus-tick', when: 1_000, periodInMinutes: 1 });
    await scheduleAlarm({ name: 'focus-tick', when: 2_000, periodInMinutes: 1 });
    expect(await scheduledAlarms()).toEqual([{ name: 'focus-tick', scheduledTime: 2_000, periodInMinutes: 1 }]);
    await cancelAlarm('focus-tick');
    expect(await scheduledAlarms()).toEqual([]);
  });
});
