// The toolbar badge: minutes left in a running block or break. Chrome's MV3 build has `action`; Firefox's MV2
// build has `browserAction`.
import { browser } from 'wxt/browser';

const toolbar = () => browser.action ?? browser.browserAction;

/** Colours of theme.css's accent (focus) and its calm secondary (break), readable behind white text. */
const COLORS = { focus: '#1f6f78', break: '#5b6b7a' } as const;

export async function showBadge(text: string, tone: keyof typeof COLORS): Promise<void> {
  await toolbar().setBadgeBackgroundColor({ color: COLORS[tone] });
  await toolbar().setBadgeText({ text });
}

export async function clearBadge(): Promise<void> {
  await toolbar().setBadgeText({ text: '' });
}
