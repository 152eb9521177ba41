// The toolbar badge: minutes left in a running block or break. Chrome's MV3 build has `action`; Firefox's MV2
// build has `browserAction`.
import { browser } from 'wxt/browser';

const toolbar = () => browser.action ?? browser.browserAction;

/** theme.css's accent (focus) and muted text colour (break), both readable behind white text. */
const COLORS = { focus: '#1f5f8b', break: '#555b63' } as const;

export async function showBadge(text: string, tone: keyof typeof COLORS): Promise<void> {
  await toolbar().setBadgeBackgroundColor({ color: COLORS[tone] });
  await toolbar().setBadgeText({ text });
}

export async function clearBadge(): Promise<void> {
  await toolbar().setBadgeText({ text: '' });
}
