// How fast the new tab and the popup show today's first task checkbox, against two floors in the same extension
// (public/bench/): the blank floor, an HTML page that holds the task and runs no script; and the script floor, one
// classic script file that draws it (Manifest V3 allows no inline script, so this is the least a page that draws
// anything can cost). RUNS runs, each its own headless Chromium: build, load the extension, seed a 75-day plan with
// three weeks of history, close every other extension page, then navigate one tab through the pages in rotating
// order, PAIRS rounds after a warm-up. Each time is taken inside the page: performance.now() (from navigation start)
// when the first task's checkbox exists, and at the next animation frame (when it is painted). Reported: each
// page's median over the runs' medians, the spread (lowest and highest run median), and the same for its ratio to
// each floor. Also the gzipped JS and CSS each page loads before its first paint.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { planDayAt } from '../../lib/domain/day';
import { defaultSettings } from '../../lib/domain/settings';
import { findChromium } from '../../tests/e2e/chromium-path';
import { pageBytes } from './page-bytes';
import { benchRecords, type BenchRecords } from './pages-seed';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WARM_UP = 3;
const OUT = '.output-bench';
const ROOT = resolve(import.meta.dirname, '../..');
const EXT = join(ROOT, OUT, 'chrome-mv3');
const BLANK_FLOOR = 'bench/blank-floor.html';
const SCRIPT_FLOOR = 'bench/script-floor.html';
const PAGES = [BLANK_FLOOR, SCRIPT_FLOOR, 'newtab.html', 'popup.html'] as const;
type PageName = (typeof PAGES)[number];
type Times = Record<PageName, number[]>;
// The targets of issue 19 ("An instant first frame"): the new tab and the popup at most 1.05x the script floor, and
// their first-paint JS and CSS at most 15 KB gzipped.
const TARGET_RATIO = 1.05;
const TARGET_GZIP = 15 * 1024;

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error("No Chromium found (set CHROMIUM_PATH or install Debian's `chromium`): the page benchmark cannot run.");
  process.exit(1);
}

console.log(`Building into ${OUT} ...`);
const build = spawnSync('npx', ['wxt', 'build'], {
  cwd: ROOT,
  // vite-node runs this script with NODE_ENV=development, which the build would inherit: JSX compiled for debugging
  // (every element carries its file and line) and a bigger bundle than the one shipped. The shipped build is timed.
  env: { ...process.env, NODE_ENV: 'production', RC_OUT_DIR: OUT },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

/** Runs before any page script: notes when the first task's element appears, and the frame after. */
function watchFirstTask() {
  const w = window as unknown as { __task?: number; __paint?: number };
  const found = () => {
    if (w.__task !== undefined || !document.querySelector('[aria-label="Today\'s tasks"] input[type=checkbox]')) return;
    w.__task = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => (w.__paint = performance.now()));
  };
  const observer = new MutationObserver(found);
  observer.observe(document, { childList: true, subtree: true });
}

function seed(page: Page, records: BenchRecords): Promise<void> {
  return page.evaluate(
    (r) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('retake-coach');
        open.onsuccess = () => {
          const tx = open.result.transaction(
            ['settings', 'appState', 'tasks', 'questionLogs', 'assessments', 'journal'],
            'readwrite',
          );
          tx.objectStore('settings').put(r.settings, 'settings');
          tx.objectStore('appState').put(r.appState, 'appState');
          for (const t of r.tasks) tx.objectStore('tasks').put(t);
          for (const l of r.questionLogs) tx.objectStore('questionLogs').put(l);
          for (const a of r.assessments) tx.objectStore('assessments').put(a);
          for (const j of r.journal) tx.objectStore('journal').put(j);
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    records,
  );
}

async function measure(page: Page, url: string): Promise<{ task: number; paint: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const w = window as unknown as { __task?: number; __paint?: number };
      return w.__paint !== undefined && { task: w.__task!, paint: w.__paint };
    },
    undefined,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as { task: number; paint: number };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** One run in a browser of its own: the median time to the painted first task, per page. */
async function oneRun(records: BenchRecords): Promise<{ medians: Record<PageName, number>; browserVersion: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'retake-coach-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const url = (name: PageName) => `chrome-extension://${id}/${name}`;
    // The install opens the onboarding; once it is there, the database exists with its stores. It is closed: no
    // other page of the extension is open while pages are timed.
    for (let i = 0; i < 100 && !context.pages().some((p) => p.url().includes('/options.html')); i++)
      await new Promise((r) => setTimeout(r, 100));
    for (const p of context.pages()) if (p.url().includes('/options.html')) await p.close();

    const page = await context.newPage();
    await page.goto(url(SCRIPT_FLOOR));
    await seed(page, records);
    await context.addInitScript(watchFirstTask);

    const paint = Object.fromEntries(PAGES.map((name) => [name, [] as number[]])) as Times;
    for (let round = 0; round < WARM_UP + PAIRS; round++) {
      // Rotate the order so that no page always follows the same one.
      const order = PAGES.map((_, i) => PAGES[(i + round) % PAGES.length]!);
      for (const name of order) {
        const t = await measure(page, url(name));
        if (round >= WARM_UP) paint[name].push(t.paint);
      }
    }
    const medians = Object.fromEntries(PAGES.map((name) => [name, median(paint[name])])) as Record<PageName, number>;
    return { medians, browserVersion: context.browser()?.version() ?? '' };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const today = planDayAt(Date.now(), defaultSettings.dayStartHour);
const records = benchRecords(today);
const runs: Record<PageName, number>[] = [];
let browserVersion = '';
for (let run = 0; run < RUNS; run++) {
  const result = await oneRun(records);
  runs.push(result.medians);
  browserVersion = result.browserVersion;
}

const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
const x = (v: number) => `${v.toFixed(2)}x`;
/** The median over the runs, and the lowest and highest run, of what `of` takes from each run. */
const overRuns = (of: (run: Record<PageName, number>) => number) => {
  const values = runs.map(of);
  return { median: median(values), low: Math.min(...values), high: Math.max(...values) };
};
console.log(
  `\nFirst task checkbox painted, ${RUNS} runs of ${PAIRS} interleaved rounds after ${WARM_UP} warm-up (Chromium ${browserVersion}, headless)`,
);
console.log(
  `plan: ${records.tasks.length} tasks over ${records.settings.startDate}..${records.settings.examDate}, ${records.questionLogs.length} question logs, ${records.journal.length} reflections\n`,
);
console.log('page                      painted (median, runs low-high)      / script floor          / blank floor');
for (const name of PAGES) {
  const t = overRuns((r) => r[name]);
  const s = overRuns((r) => r[name] / r[SCRIPT_FLOOR]);
  const b = overRuns((r) => r[name] / r[BLANK_FLOOR]);
  console.log(
    `${name.padEnd(24)}  ${ms(t.median)} (${ms(t.low)} - ${ms(t.high)})   ${x(s.median)} (${x(s.low)}-${x(s.high)})   ${x(b.median)} (${x(b.low)}-${x(b.high)})`,
  );
}

console.log(
  '\nJS + CSS loaded before the first paint (static imports from the HTML and the app module it names, styles in the page), gzip -9; lazy chunks apart',
);
for (const name of PAGES) {
  const b = pageBytes(EXT, name);
  console.log(
    `${name.padEnd(24)}  ${(b.gzip / 1024).toFixed(1).padStart(5)} KB gz (${(b.raw / 1024).toFixed(1)} KB raw, ${b.files.length} files)   later: ${(b.lazyGzip / 1024).toFixed(1)} KB gz`,
  );
}
console.log('of which before a kept first frame (the first-frame script and the styles; the app loads after it):');
for (const name of ['newtab.html', 'popup.html'] as const) {
  const b = pageBytes(EXT, name, false);
  console.log(`${name.padEnd(24)}  ${(b.gzip / 1024).toFixed(1).padStart(5)} KB gz (${b.files.join(', ')})`);
}

console.log('');
for (const name of ['newtab.html', 'popup.html'] as const) {
  const ratio = overRuns((r) => r[name] / r[SCRIPT_FLOOR]).median;
  const bytes = pageBytes(EXT, name).gzip;
  console.log(
    `${name}: ${x(ratio)} the script floor (target <= ${TARGET_RATIO}x): ${ratio <= TARGET_RATIO ? 'OK' : 'ABOVE TARGET'}; ${(bytes / 1024).toFixed(1)} KB gz first paint (target <= ${TARGET_GZIP / 1024} KB): ${bytes <= TARGET_GZIP ? 'OK' : 'ABOVE TARGET'}`,
  );
}
