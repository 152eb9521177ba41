// How fast the new tab and the popup show today's first task, against a blank page of the same extension (the
// floor: entrypoints/blank, one module script that adds one task, no framework, no database). One headless Chromium
// run: build, load the extension, seed a 75-day plan with three weeks of history, then navigate one tab through
// blank / new tab / popup in rotating order, PAIRS rounds after a warm-up. Each time is taken inside the page:
// performance.now() (from navigation start) when the first task's element exists, and at the next animation frame
// (when it is painted). Also the gzipped JS and CSS each page loads before its first paint.
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
const WARM_UP = 3;
const OUT = '.output-bench';
const ROOT = resolve(import.meta.dirname, '../..');
const EXT = join(ROOT, OUT, 'chrome-mv3');
const PAGES = ['blank.html', 'newtab.html', 'popup.html'] as const;
type PageName = (typeof PAGES)[number];
const TARGET_RATIO = 1.5;
const TARGET_GZIP = 25 * 1024;

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error('No Chromium found (set CHROMIUM_PATH or install Debian\'s `chromium`): the page benchmark cannot run.');
  process.exit(1);
}

console.log(`Building into ${OUT} ...`);
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, RC_OUT_DIR: OUT }, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

/** Runs before any page script: notes when the first task's element appears, and the frame after. */
function watchFirstTask() {
  const w = window as unknown as { __task?: number; __paint?: number };
  const found = () => {
    if (w.__task !== undefined || !document.querySelector('[aria-label="Today\'s tasks"] li')) return;
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
          const tx = open.result.transaction(['settings', 'tasks', 'questionLogs', 'assessments', 'journal'], 'readwrite');
          tx.objectStore('settings').put(r.settings, 'settings');
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
  const handle = await page.waitForFunction(() => {
    const w = window as unknown as { __task?: number; __paint?: number };
    return w.__paint !== undefined && { task: w.__task!, paint: w.__paint };
  }, undefined, { timeout: 15_000 });
  return (await handle.jsonValue()) as { task: number; paint: number };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

const profile = mkdtempSync(join(tmpdir(), 'retake-coach-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const url = (name: PageName) => `chrome-extension://${id}/${name}`;
  // The install opens the onboarding; once it is there, the database exists with its stores.
  for (let i = 0; i < 100 && !context.pages().some((p) => p.url().includes('/options.html')); i++) await new Promise((r) => setTimeout(r, 100));
  for (const p of context.pages()) if (p.url().includes('/options.html')) await p.close();

  const today = planDayAt(Date.now(), defaultSettings.dayStartHour);
  const records = benchRecords(today);
  const page = await context.newPage();
  await page.goto(url('blank.html'));
  await seed(page, records);
  await context.addInitScript(watchFirstTask);

  const times: Record<PageName, { task: number[]; paint: number[] }> = { 'blank.html': { task: [], paint: [] }, 'newtab.html': { task: [], paint: [] }, 'popup.html': { task: [], paint: [] } };
  for (let round = 0; round < WARM_UP + PAIRS; round++) {
    // Rotate the order so that no page always follows the same one.
    const order = PAGES.map((_, i) => PAGES[(i + round) % PAGES.length]!);
    for (const name of order) {
      const t = await measure(page, url(name));
      if (round >= WARM_UP) {
        times[name].task.push(t.task);
        times[name].paint.push(t.paint);
      }
    }
  }

  const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
  const floor = median(times['blank.html'].paint);
  console.log(`\nFirst task visible, ${PAIRS} interleaved rounds after ${WARM_UP} warm-up (Chromium ${context.browser()?.version() ?? ''}, headless)`);
  console.log(`plan: ${records.tasks.length} tasks over ${records.settings.startDate}..${records.settings.examDate}, ${records.questionLogs.length} question logs, ${records.journal.length} reflections\n`);
  console.log('page          element median  element p90  painted median  painted p90  painted / floor');
  for (const name of PAGES) {
    const { task, paint } = times[name];
    console.log(`${name.padEnd(12)}  ${ms(median(task))}    ${ms(p90(task))}   ${ms(median(paint))}    ${ms(p90(paint))}    ${(median(paint) / floor).toFixed(2)}x`);
  }

  console.log('\nJS + CSS loaded before the first paint (static imports from the HTML), gzip -9; lazy chunks apart');
  for (const name of PAGES) {
    const b = pageBytes(EXT, name);
    console.log(`${name.padEnd(12)}  ${(b.gzip / 1024).toFixed(1).padStart(5)} KB gz (${(b.raw / 1024).toFixed(1)} KB raw, ${b.files.length} files)   later: ${(b.lazyGzip / 1024).toFixed(1)} KB gz`);
  }

  const ratio = median(times['newtab.html'].paint) / floor;
  const newtabBytes = pageBytes(EXT, 'newtab.html').gzip;
  console.log(`\nnew tab: ${ratio.toFixed(2)}x the floor (target <= ${TARGET_RATIO}x): ${ratio <= TARGET_RATIO ? 'OK' : 'ABOVE TARGET'}`);
  console.log(`new tab: ${(newtabBytes / 1024).toFixed(1)} KB gz (target <= 25 KB): ${newtabBytes <= TARGET_GZIP ? 'OK' : 'ABOVE TARGET'}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
