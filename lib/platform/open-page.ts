// Opens an extension page, or brings an already open copy of it to the front. runtime.getContexts (Chrome 116+)
// finds our own open tabs without the `tabs` permission; where it is missing (Firefox) a new tab is opened.
import { browser } from 'wxt/browser';

interface ExtensionContext {
  tabId: number;
  windowId: number;
  documentUrl?: string;
}

type GetContexts = (filter: { contextTypes: string[] }) => Promise<ExtensionContext[]>;

export async function openExtensionPage(path: '/newtab.html' | '/options.html'): Promise<void> {
  const url = browser.runtime.getURL(path);
  const getContexts = (browser.runtime as unknown as { getContexts?: GetContexts }).getContexts;
  if (getContexts) {
    const open = (await getContexts({ contextTypes: ['TAB'] })).find(
      (c) => c.documentUrl?.startsWith(url) && c.tabId >= 0,
    );
    if (open) {
      await browser.tabs.update(open.tabId, { active: true });
      await browser.windows.update(open.windowId, { focused: true });
      return;
    }
  }
  await browser.tabs.create({ url });
}
