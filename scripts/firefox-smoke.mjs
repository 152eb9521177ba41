// The Firefox package in a real Firefox: installs the built folder as a temporary add-on, then walks the student's
// first day (onboarding opens by itself, a plan is made, today's tasks on the new tab, a task ticked, alarms set,
// focus started and stopped in the popup, the plan and progress pages) and fails on any script error or any request
// that leaves the extension. Playwright drives only its own patched Firefox, so this speaks WebDriver BiDi (built
// into Firefox) over Node's WebSocket directly. Runs on Debian's firefox-esr: 153 (today's) and 140 (the package's minimum).
//
//   npm run test:firefox   (after npm run lint:firefox, which builds .output-firefox/firefox-mv3)
// Without Firefox (FIREFOX_PATH or the usual paths) it skips with a loud message; in CI (CI=true) that is a failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SOURCE = join(root, process.env.RC_OUT_DIR ?? '.output-firefox', 'firefox-mv3');
const SHOTS = join(root, 'tests/e2e/screenshots/firefox');
const ADDON_ID = 'retake-coach@retake-coach.app';
// A fixed moz-extension:// host for the add-on (Firefox picks a random one unless the profile names it).
const UUID = '6d1f4b7e-0c9a-4e55-9a51-7e3c2b1a0f42';
const BASE = `moz-extension://${UUID}/`;

const firefox = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
].find((p) => p && existsSync(p));
if (!firefox) {
  const message = "No Firefox found (set FIREFOX_PATH or install Debian's `firefox-esr`): the Firefox test cannot run.";
  if (process.env.CI) {
    console.error(`${message} In CI this is a failure.`);
    process.exit(1);
  }
  console.warn(`\n\n!!!!!!!!!! ${message} SKIPPING it. !!!!!!!!!!\n\n`);
  process.exit(0);
}
if (typeof WebSocket === 'undefined') {
  // Node 20 has WebSocket behind a flag (22 has it on): run again with it.
  const again = spawnSync(
    process.execPath,
    ['--experimental-websocket', '--disable-warning=ExperimentalWarning', ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(again.status ?? 1);
}
if (!existsSync(join(SOURCE, 'manifest.json')))
  throw new Error(`No Firefox build at ${SOURCE}: run npm run lint:firefox first.`);

const profile = mkdtempSync(join(tmpdir(), 'retake-coach-firefox-'));
writeFileSync(
  join(profile, 'user.js'),
  [
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: UUID }))});`,
    // Firefox's own background traffic is not the add-on's; keep it quiet on a machine without network.
    'user_pref("app.update.enabled", false);',
    'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
    'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
    'user_pref("browser.shell.checkDefaultBrowser", false);',
    'user_pref("network.captive-portal-service.enabled", false);',
    // Console messages and uncaught errors of every page, the add-on's included, on Firefox's own output.
    'user_pref("devtools.console.stdout.content", true);',
    'user_pref("devtools.console.stdout.chrome", true);',
  ].join('\n'),
);
const browser = spawn(firefox, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
const failures = [];
let output = '';
let version = 'Firefox';
let ws;

function finish(code) {
  try {
    ws?.close();
  } catch {
    // already closed
  }
  browser.kill();
  rmSync(profile, { recursive: true, force: true });
  process.exit(code);
}
const timer = setTimeout(() => {
  console.error('Firefox test: timed out after 120 s');
  finish(1);
}, 120_000);

const endpoint = await new Promise((resolveUrl, reject) => {
  const read = (chunk) => {
    output += chunk;
    const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
    if (m) resolveUrl(m[1]);
  };
  browser.stdout.on('data', read);
  browser.stderr.on('data', read);
  browser.on('exit', (code) => reject(new Error(`Firefox exited (${code}) before it listened:\n${output}`)));
});

ws = new WebSocket(`${endpoint}/session`);
await new Promise((ok, fail) => {
  ws.addEventListener('open', ok);
  ws.addEventListener('error', fail);
});
let lastId = 0;
const pending = new Map();
const requests = [];
ws.addEventListener('message', (event) => {
  const msg = JSON.parse(String(event.data));
  if (msg.id !== undefined && pending.has(msg.id)) {
    pending.get(msg.id)(msg);
    pending.delete(msg.id);
  } else if (msg.method === 'network.beforeRequestSent') requests.push(msg.params.request.url);
});
const send = (method, params = {}) =>
  new Promise((ok, fail) => {
    const id = ++lastId;
    pending.set(id, (m) =>
      m.type === 'error' ? fail(new Error(`${method}: ${m.error}: ${m.message}`)) : ok(m.result),
    );
    ws.send(JSON.stringify({ id, method, params }));
  });

/** Runs `expression` (an async function body's value) in the page and returns its JSON value. */
async function evaluate(context, expression) {
  const r = await send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
  });
  if (r.type === 'exception') throw new Error(`In the page: ${r.exceptionDetails.text}`);
  return JSON.parse(r.result.value ?? 'null');
}

async function until(what, check, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function shot(context, name) {
  const { data } = await send('browsingContext.captureScreenshot', { context, origin: 'document' });
  writeFileSync(join(SHOTS, `${name}.png`), Buffer.from(data, 'base64'));
}

// From Firefox 153 the remote agent refuses `browsingContext.navigate` to a moz-extension:// URL ("not allowed in
// this context") unless granted system access; 140 has no such check. So the page navigates itself, as a link
// the student clicks would, and the test waits for the new document: no `browsingContext.load` event arrives for
// moz-extension:// pages, so it polls. Works the same on 140 and 153 (../shared/notes/firefox-153.md).
async function open(context, path) {
  const url = BASE + path;
  await evaluate(context, `(setTimeout(() => location.assign(${JSON.stringify(url)})), true)`);
  await until(`${path} loaded`, () =>
    evaluate(context, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`),
  );
}

function step(name) {
  console.log(`  firefox: ${name}`);
}

// Page-side helpers, as expressions: find by accessible name the simple way these pages label things.
const byLabel = (label) =>
  `[...document.querySelectorAll('input,select')].find((el) => el.labels?.[0]?.textContent.trim() === ${JSON.stringify(label)})`;
const button = (name) =>
  `[...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent).trim() === ${JSON.stringify(name)})`;
const stepButton = (title) =>
  `[...document.querySelectorAll('nav[aria-label="Set-up steps"] button')].find((b) => b.textContent.includes(${JSON.stringify(title)}))`;
const setValue = (el, value) =>
  `(() => { const el = ${el}; const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; set.call(el, ${JSON.stringify(value)}); el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`;

try {
  mkdirSync(SHOTS, { recursive: true });
  const session = await send('session.new', { capabilities: {} });
  version = `${session.capabilities.browserName} ${session.capabilities.browserVersion}`;
  step(`driving ${version} (${firefox})`);
  // Requests for the add-on's own files are not reported; every other request of any page is.
  await send('session.subscribe', { events: ['network.beforeRequestSent'] });

  step(`install ${SOURCE} as a temporary add-on`);
  const installed = await send('webExtension.install', { extensionData: { type: 'path', path: SOURCE } });
  if (installed.extension !== ADDON_ID) throw new Error(`Installed ${installed.extension}, expected ${ADDON_ID}`);

  step('the onboarding opens by itself on install (background event page, runtime.onInstalled)');
  const options = await until('the onboarding tab', async () => {
    const { contexts } = await send('browsingContext.getTree', {});
    return contexts.find((c) => c.url === `${BASE}options.html`)?.context;
  });
  await until('the onboarding form', () => evaluate(options, `!!${byLabel('Exam date')}`));
  await shot(options, 'onboarding');

  step('make a plan: exam in 60 days, 2400 questions left');
  const inSixtyDays = new Date(Date.now() + 60 * 86_400_000).toLocaleDateString('sv-SE'); // YYYY-MM-DD, local
  await evaluate(options, setValue(byLabel('Exam date'), inSixtyDays));
  // The onboarding is five steps, one shown at a time: the bank is on "Questions and forms", Create on the last.
  await evaluate(options, `(${stepButton('Questions and forms')}).click() ?? true`);
  await until('the questions step', () => evaluate(options, `!!${byLabel('Question bank questions left')}`));
  await evaluate(options, setValue(byLabel('Question bank questions left'), '2400'));
  await evaluate(options, `(${stepButton('People')}).click() ?? true`);
  await until('the last step', () => evaluate(options, `!!${button('Create my plan')}`));
  await evaluate(options, `(${button('Create my plan')}).click() ?? true`);
  await until('"Your plan is ready"', () =>
    evaluate(options, `document.body.innerText.includes('Your plan is ready')`),
  );
  await shot(options, 'plan-made');

  step("today's tasks on the new tab; tick the first");
  await open(options, 'newtab.html');
  const list = `document.querySelector('ul[aria-label="Today\\'s tasks"]')`;
  const boxes = await until("today's tasks", () =>
    evaluate(options, `${list}?.querySelectorAll('input[type=checkbox]').length`),
  );
  const text = await evaluate(options, 'document.body.innerText');
  if (!/\d+ days? to (your )?exam/.test(text)) failures.push('the new tab shows no countdown');
  if (!(await evaluate(options, `!!document.querySelector('[aria-label="Encouragement"]')`)))
    failures.push('the new tab has no Encouragement region');
  await evaluate(options, `${list}.querySelector('input[type=checkbox]').click() ?? true`);
  const doneInDb = `new Promise((ok, fail) => { const o = indexedDB.open('retake-coach'); o.onerror = () => fail(o.error); o.onsuccess = () => { const g = o.result.transaction('tasks').objectStore('tasks').getAll(); g.onsuccess = () => ok(g.result.filter((t) => t.status === 'done').length); }; })`;
  await until('the ticked task stored as done', () => evaluate(options, doneInDb));
  await shot(options, 'newtab');
  console.log(`  firefox: ${boxes} tasks today, one ticked and stored`);

  step('alarms scheduled (browser.alarms)');
  const alarms = await evaluate(options, 'browser.alarms.getAll().then((all) => all.map((a) => a.name))');
  if (!alarms.some((name) => name.startsWith('day-rollover:')))
    failures.push(`no day-rollover alarm: ${alarms.join(', ')}`);

  step('the popup starts and stops a focus block');
  await open(options, 'popup.html');
  await until('Start focus', () => evaluate(options, `!!${button('Start focus')}`));
  await evaluate(options, `(${button('Start focus')}).click() ?? true`);
  await until('Stop focus', () => evaluate(options, `!!${button('Stop focus')}`));
  await shot(options, 'popup-focus');
  await evaluate(options, `(${button('Stop focus')}).click() ?? true`);
  await until('Start focus again', () => evaluate(options, `!!${button('Start focus')}`));

  for (const page of ['plan.html', 'progress.html']) {
    step(`${page} renders`);
    await open(options, page);
    await until(`${page}'s heading`, () => evaluate(options, `document.querySelector('h1')?.textContent.length`));
    await shot(options, page.replace('.html', ''));
  }

  step('the watch catches an error and a request that leaves (so this test can fail)');
  await evaluate(
    options,
    `(setTimeout(() => { throw new Error('rc-probe-error'); }), fetch('https://example.com/rc-probe').catch(() => 1))`,
  );
  await until(
    'the probe error and request',
    async () => output.includes('rc-probe-error') && requests.includes('https://example.com/rc-probe'),
    10_000,
  ).catch(() => failures.push('the watch missed the probe error or request'));
} catch (error) {
  failures.push(String(error instanceof Error ? error.message : error));
}

// Uncaught errors in the add-on's pages and its own error reports, and requests that left it (the probe's aside).
const errors = output
  .split('\n')
  .filter(
    (line) =>
      (line.includes('JavaScript error') && line.includes(BASE)) ||
      /console\.error: "(Retake Coach|Replanning)/.test(line),
  );
for (const line of errors.filter((l) => !l.includes('rc-probe-error'))) failures.push(`script error: ${line.trim()}`);
const leaks = requests.filter(
  (url) =>
    !url.startsWith(BASE) &&
    !url.startsWith('data:') &&
    !url.startsWith(`blob:${BASE}`) &&
    url !== 'https://example.com/rc-probe',
);
for (const url of leaks) failures.push(`a request left the extension: ${url}`);
console.log(
  `  firefox: ${requests.length} requests reported (the probe's included), ${leaks.length} left the extension; ${errors.length} script errors (the probe's included)`,
);

clearTimeout(timer);
if (failures.length) {
  console.error(`Firefox test failed:\n- ${failures.join('\n- ')}`);
  finish(1);
}
console.log(`Firefox test passed on ${version} (${firefox}); screenshots in tests/e2e/screenshots/firefox/.`);
finish(0);
