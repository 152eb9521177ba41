// One fixture that loads the built extension into real headless Chromium (wxt-dev/examples,
// playwright-e2e-testing/e2e/fixtures.ts). Every browser test starts from here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { describe } from 'vitest';
import { findChromium } from './chromium-path';

export const EXTENSION_DIR = resolve(__dirname, '../..', process.env.RC_OUT_DIR ?? '.output', 'chrome-mv3');
const chromiumPath = findChromium();

if (!chromiumPath) {
  const message = "No Chromium found (set CHROMIUM_PATH or install Debian's `chromium`): the browser tests cannot run.";
  if (process.env.CI) throw new Error(`${message} In CI this is a failure.`);
  console.warn(`\n\n!!!!!!!!!! ${message} SKIPPING every browser test. !!!!!!!!!!\n\n`);
}

/** `describe` when Chromium is there; on a developer's machine without it, a loud skip (in CI a failure, above). */
export const describeInBrowser = chromiumPath ? describe : describe.skip;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Opens an extension page such as 'options.html' in a new tab. */
  open(path: string): Promise<Page>;
  /** Closes the browser, keeping the profile (for restart tests); throws as dispose() does. */
  close(): Promise<void>;
  /** Closes the browser and deletes the profile; throws if any page had an uncaught error (see `pageErrors`). */
  dispose(): Promise<void>;
  /**
   * Every uncaught exception and unhandled promise rejection of every page so far ("page: message"). A page that
   * throws is a failed test even when what the test looked at came out right: dispose() fails on any.
   */
  pageErrors: string[];
  /** Forgets the errors a test caused on purpose and has checked itself. */
  expectPageErrors(match: RegExp): void;
}

/** Launches Chromium with the built extension on a fresh (or the given) profile. */
export async function launchExtension(
  options: { userDataDir?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionSession> {
  if (!chromiumPath) throw new Error('Chromium is missing');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'retake-coach-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      // This machine has no network: without these Chromium retries connections it cannot make.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const pageErrors: string[] = [];
  // Chromium reports both an uncaught exception and an unhandled rejection as the page's 'pageerror'.
  const watch = (page: Page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  context.pages().forEach(watch);
  context.on('page', watch);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // On a fresh profile the extension opens its onboarding by itself (runtime.onInstalled). A page a test opens
  // before that tab exists could be taken over by it on a slow machine ("navigation interrupted by another
  // navigation to options.html"), so the session starts once the onboarding tab is there.
  if (!options.userDataDir) await waitForPage(context, 'options.html');
  return {
    pageErrors,
    expectPageErrors(match) {
      const unexpected = pageErrors.filter((e) => !match.test(e));
      pageErrors.splice(0, pageErrors.length, ...unexpected);
    },
    context,
    extensionId,
    worker,
    userDataDir,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (pageErrors.length > 0) throw new Error(`Uncaught errors in the extension's pages:\n${pageErrors.join('\n')}`);
    },
    async dispose() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (pageErrors.length > 0) throw new Error(`Uncaught errors in the extension's pages:\n${pageErrors.join('\n')}`);
    },
  };
}

/** Waits for a page the extension opens by itself (the onboarding on install). A new page's URL is still
 * about:blank when Playwright announces it, so this looks at the open pages until one matches. */
export async function waitForPage(context: BrowserContext, path: string, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url().includes(path));
    if (page) return page;
    if (Date.now() > deadline) throw new Error(`No page with ${path} opened within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
