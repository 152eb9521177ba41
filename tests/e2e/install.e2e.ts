import { afterEach, expect, it } from 'vitest';
import { describeInBrowser, launchExtension, waitForPage, type ExtensionSession } from './fixtures';

describeInBrowser('installing the extension', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => session?.dispose());

  it('opens the onboarding page by itself', async () => {
    session = await launchExtension();
    const options = await waitForPage(session.context, '/options.html');
    await expect.poll(() => options.title()).toMatch(/Retake Coach/);
  });
});
