// Whether a year of history slows the new tab (issue 14, "History doesn't slow today"; target: within 5% of the small
// case). One headless Chromium; the database is swapped between the small case (pages-seed.ts: a 75-day plan, three
// weeks studied) and a year of history before the same plan (history-seed.ts), in alternating blocks, so that both
// cases are timed in the same browser at the same time. Two figures per case, each taken inside the page when the
// first task's checkbox is painted: "first frame", as a student sees it (drawn from the snapshot the last read kept),
// and "from the database", with that snapshot removed before the page's scripts run, so that the first task waits for
// the today read (lib/db/read-today.ts), which is where history could cost.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { planDayAt } from '../../lib/domain/day';
import { defaultSettings } from '../../lib/domain/settings';
import { findChromium } from '../../tests/e2e/chromium-path';
import { yearOfHistory, type HistoryRecords } from './history-seed';
import { benchRecords } from './pages-seed';

const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 12);
const PER_BLOCK = Number(process.env.BENCH_PER_BLOCK ?? 5);
const TARGET_RATIO = 1.05;
const OUT = '.output-bench';
const ROOT = resolve(import.meta.dirname, '../..');
const EXT = join(ROOT, OUT, 'chrome-mv3');
const STORES = ['settings', 'appState', 'tasks', 'questionLogs', 'assessments', 'focusSessions', 'journal'] as const;

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(
    "No Chromium found (set CHROMIUM_PATH or install Debian's `chromium`): the history benchmark cannot run.",
  );
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

/** Runs before any page script: with ?from-db, drops the first-frame snapshot; notes when the first task is painted. */
function watchFirstTask() {
  if (location.search.includes('from-db')) localStorage.removeItem('retake-coach:today-frame');
  const w = window as unknown as { __paint?: number };
  let seen = false;
  const found = () => {
    if (seen || !document.querySelector('[aria-label="Today\'s tasks"] input[type=checkbox]')) return;
    seen = true;
    observer.disconnect();
    requestAnimationFrame(() => (w.__paint = performance.now()));
  };
  const observer = new MutationObserver(found);
  observer.observe(document, { childList: true, subtree: true });
}

/** Replaces the benchmark's stores with `records`, in one transaction. */
function seed(page: Page, records: HistoryRecords): Promise<void> {
  return page.evaluate(
    ({ r, stores }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('retake-coach');
        open.onsuccess = () => {
          const tx = open.result.transaction([...stores], 'readwrite');
          for (const s of stores) tx.objectStore(s).clear();
          tx.objectStore('settings').put(r.settings, 'settings');
          tx.objectStore('appState').put(r.appState, 'appState');
          for (const s of stores)
            if (s !== 'settings' && s !== 'appState') for (const v of r[s]) tx.objectStore(s).put(v);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    { r: records, stores: STORES },
  );
}

async function paintTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => (window as unknown as { __paint?: number }).__paint, undefined, {
    timeout: 15_000,
  });
  return (await handle.jsonValue()) as number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const today = planDayAt(Date.now(), defaultSettings.dayStartHour);
const cases = {
  small: { ...benchRecords(today), focusSessions: [] },
  year: yearOfHistory(today),
};
type Case = keyof typeof cases;
const times = {
  small: { frame: [] as number[], db: [] as number[] },
  year: { frame: [] as number[], db: [] as number[] },
};

const profile = mkdtempSync(join(tmpdir(), 'retake-coach-bench-history-'));
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
let browserVersion = '';
try {
  browserVersion = context.browser()?.version() ?? '';
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  for (let i = 0; i < 100 && !context.pages().some((p) => p.url().includes('/options.html')); i++)
    await new Promise((r) => setTimeout(r, 100));
  for (const p of context.pages()) if (p.url().includes('/options.html')) await p.close();
  const page = await context.newPage();
  await page.goto(`${base}/bench/script-floor.html`);
  await context.addInitScript(watchFirstTask);
  for (let block = 0; block < BLOCKS; block++) {
    const order: Case[] = block % 2 ? ['year', 'small'] : ['small', 'year'];
    for (const name of order) {
      await page.goto(`${base}/bench/script-floor.html`);
      await seed(page, cases[name]);
      // A warm-up load: the day's message is recorded as shown once, and the snapshot kept.
      await paintTime(page, `${base}/newtab.html?from-db`);
      for (let n = 0; n < PER_BLOCK; n++) {
        times[name].db.push(await paintTime(page, `${base}/newtab.html?from-db`));
        times[name].frame.push(await paintTime(page, `${base}/newtab.html`));
      }
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
const y = cases.year;
console.log(
  `\nNew tab, first task checkbox painted: ${BLOCKS} alternating blocks of ${PER_BLOCK} loads per case (Chromium ${browserVersion}, headless)`,
);
console.log(
  `small: ${cases.small.tasks.length} tasks, ${cases.small.questionLogs.length} logs; a year of history: ${y.tasks.length} tasks, ${y.questionLogs.length} logs, ${y.focusSessions.length} focus sessions, ${y.journal.length} reflections, ${y.assessments.length} practice exams\n`,
);
console.log('new tab                   small history      a year of history   year / small');
for (const [label, key] of [
  ['first frame (snapshot)', 'frame'],
  ['from the database', 'db'],
] as const) {
  const small = median(times.small[key]);
  const year = median(times.year[key]);
  const ratio = year / small;
  console.log(
    `${label.padEnd(24)}  ${ms(small)}          ${ms(year)}           ${ratio.toFixed(3)}x (target <= ${TARGET_RATIO}x): ${ratio <= TARGET_RATIO ? 'OK' : 'ABOVE TARGET'}`,
  );
}
