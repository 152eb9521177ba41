// pageContext(), the live context every page uses (the worker's workerContext() is the same): a write re-derives
// the alarms and tells other pages.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onChange, type ChangeMessage } from '../../../lib/platform/change-channel';
import { startFocus } from '../../../lib/services/focus-start';
import { pageContext } from '../../../lib/services/page-context';

describe('pageContext', () => {
  beforeEach(() => fakeBrowser.reset());

  it('syncs the alarms and announces the change after a service writes', async () => {
    const ctx = await pageContext();
    const heard = new Promise<ChangeMessage>((resolve) => {
      const stop = onChange((message) => {
        stop();
        resolve(message);
      });
    });
    const block = await startFocus(ctx, { minutes: 25 });
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContain(`focus-end:${block.id}`);
    // Starting a block writes the sessions only: the settings and tasks it read are not announced as changed.
    expect((await heard).stores).toEqual(['focusSessions']);
  });
});
