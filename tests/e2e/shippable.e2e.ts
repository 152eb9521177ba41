// What the stores receive, read off the built folders: the manifest asks for no more than the extension uses, keeps
// the default content security policy, has every icon at its size and a description Chrome accepts; no script can
// reach the network or run code made from strings, no page loads anything from elsewhere. Needs a build (npm test
// runs it after `npm run lint:firefox` and `wxt build`), not a browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageBytes } from '../../scripts/bench/page-bytes';
import { scanCss, scanHtml, scanScript, type Finding } from './build-scan';
import { EXTENSION_DIR } from './fixtures';

const FIREFOX_DIR = resolve(__dirname, '../..', process.env.RC_OUT_DIR ?? '.output-firefox', 'firefox-mv3');
const ICON_SIZES = ['16', '32', '48', '96', '128'];

type Manifest = Record<string, unknown> & {
  description: string;
  name: string;
  icons: Record<string, string>;
  action: { default_icon: Record<string, string>; default_popup: string };
  permissions: string[];
  optional_permissions: string[];
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } };
  };
};

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function scanBuild(dir: string): Finding[] {
  return filesUnder(dir).flatMap((path) => {
    const file = relative(dir, path);
    const text = () => readFileSync(path, 'utf8');
    if (file.endsWith('.js')) return scanScript(file, text());
    if (file.endsWith('.html')) return scanHtml(file, text());
    if (file.endsWith('.css')) return scanCss(file, text());
    return [];
  });
}

function checkManifest(dir: string): Manifest {
  const m = readManifest(dir);
  expect(m.manifest_version).toBe(3);
  expect(m.name).toBe('Retake Coach');
  expect(m.description.length).toBeLessThanOrEqual(132); // the Chrome Web Store's limit
  expect(m.permissions.toSorted()).toEqual(['alarms', 'notifications']);
  expect(m.optional_permissions).toEqual(['idle']);
  // No host access, no loosened CSP, nothing exposed to web pages or other extensions, no injected scripts.
  for (const key of [
    'host_permissions',
    'optional_host_permissions',
    'content_security_policy',
    'web_accessible_resources',
    'externally_connectable',
    'content_scripts',
    'update_url',
    'sandbox',
  ]) {
    expect(m, `manifest.${key}`).not.toHaveProperty(key);
  }
  expect(Object.keys(m.icons).sort()).toEqual(ICON_SIZES.toSorted());
  expect(m.action.default_icon).toEqual(m.icons);
  for (const [size, path] of Object.entries(m.icons))
    expect(pngSize(join(dir, path)), path).toEqual([Number(size), Number(size)]);
  for (const page of [m.action.default_popup, 'newtab.html', 'options.html'])
    expect(existsSync(join(dir, page)), page).toBe(true);
  return m;
}

describe('the Chrome package', () => {
  it('has a manifest that asks for no more than it uses, with every icon and the default CSP', () => {
    const m = checkManifest(EXTENSION_DIR);
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.minimum_chrome_version).toBe('111');
  });

  it('holds no remote code, no network call, no code from strings, no raw HTML', () => {
    expect(scanBuild(EXTENSION_DIR)).toEqual([]);
  });

  it('ships no empty script; its new tab and popup load only the first-frame script, which then loads the app (one module and one chunk)', () => {
    // Regression: WXT's plugin loader used to add an empty chunk that each page's entry fetched before painting.
    const empty = filesUnder(EXTENSION_DIR).filter(
      (path) => path.endsWith('.js') && readFileSync(path, 'utf8').trim() === '',
    );
    expect(empty.map((path) => relative(EXTENSION_DIR, path))).toEqual([]);
    for (const page of ['newtab.html', 'popup.html']) {
      const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
      // Issue 19: the styles are in the page, and the app's module waits for the first frame (data-app).
      const loads = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(loads, page).toEqual(['/first-frame.js']);
      const app = /\bdata-app="\/(chunks\/[\w.-]+\.js)"/.exec(html)?.[1];
      expect(app, page).toBeDefined();
      const imports = [
        ...readFileSync(join(EXTENSION_DIR, app!), 'utf8').matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g),
      ];
      expect(
        // Vite's hash is 8 characters of [A-Za-z0-9_-]: it may hold a '-' itself ('today-CY1Us4-S.js').
        imports.map((m) => m[1]!.replace(/-[\w-]{8}\.js$/, '')),
        page,
      ).toEqual(['today']);
    }
  });

  it('paints the new tab and the popup from at most 15 KB gzip, with a kept first frame and without one (issue 19)', () => {
    // Without one (the first tab after any write) the app's module and its static imports come before the first
    // paint too; the view's components load with the read (components/today/TodayPanel.tsx, loadTodayContent).
    for (const page of ['newtab.html', 'popup.html']) {
      expect(pageBytes(EXTENSION_DIR, page, false).gzip, `${page}, first frame kept`).toBeLessThanOrEqual(15 * 1024);
      expect(pageBytes(EXTENSION_DIR, page).gzip, `${page}, no first frame kept`).toBeLessThanOrEqual(15 * 1024);
    }
  });
});

// npm test lints (and so builds) the Firefox package before the browser tests; on a developer's machine it may not
// be there yet: run `npm run lint:firefox` first.
const firefoxBuilt = existsSync(join(FIREFOX_DIR, 'manifest.json'));
if (!firefoxBuilt && process.env.CI)
  throw new Error(`No Firefox build at ${FIREFOX_DIR}: npm test builds it in lint:firefox.`);

describe.skipIf(!firefoxBuilt)('the Firefox package', () => {
  it('has the same manifest, plus its id, its minimum version and "no data collected"', () => {
    const m = checkManifest(FIREFOX_DIR);
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings).toEqual({
      gecko: {
        id: 'retake-coach@retake-coach.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
  });

  it('holds no remote code, no network call, no code from strings, no raw HTML', () => {
    expect(scanBuild(FIREFOX_DIR)).toEqual([]);
  });
});

describe('the scan (each check can fail)', () => {
  const whats = (found: Finding[]) => found.map((f) => f.what);

  it('finds every network API and code from strings in a script', () => {
    const bad = [
      'fetch("https://x.example/a")',
      'new XMLHttpRequest()',
      'new WebSocket(u)',
      'new EventSource(u)',
      'navigator.sendBeacon(u,d)',
      'importScripts("https://x.example/s.js")',
      'new Worker(u)',
      'eval(s)',
      'new Function("return 1")',
      'setTimeout("go()",1)',
      'import("https://x.example/m.js")',
      'import(u)',
      'el.innerHTML=s',
      'el.insertAdjacentHTML("beforeend",s)',
      'document.write(s)',
    ];
    for (const code of bad) expect(whats(scanScript('x.js', `let a=1;${code};`)), code).toHaveLength(1);
  });

  it("leaves alone what is not a call: own chunks, Preact's innerHTML for its prop, words inside names", () => {
    const fine = [
      'r(()=>import(`./read-today-records-D3I97jrp.js`))',
      'f==`dangerouslySetInnerHTML`?g=b:0;g&&(t.innerHTML=g.__html)',
      'const prefetch=1,myeval=2,isFunction=x=>typeof x==`function`;a.evaluate(b)',
      'const ns=`http://www.w3.org/2000/svg`',
      'x.innerHTML==y',
    ];
    for (const code of fine) expect(scanScript('x.js', code), code).toEqual([]);
  });

  it('finds a page that loads from elsewhere or runs inline script, and CSS that fetches', () => {
    expect(whats(scanHtml('p.html', '<script src="https://cdn.example/x.js"></script>'))).toEqual([
      '<script> loads https://cdn.example/x.js',
    ]);
    expect(whats(scanHtml('p.html', '<link rel="stylesheet" href="//cdn.example/x.css">'))).toHaveLength(1);
    expect(whats(scanHtml('p.html', '<script>alert(1)</script>'))).toEqual(['inline <script>']);
    expect(whats(scanHtml('p.html', '<button onclick="go()">'))).toEqual(['inline event handler']);
    expect(
      scanHtml(
        'p.html',
        '<script type="module" crossorigin src="/chunks/popup-Bgg4RbBV.js"></script><link rel="stylesheet" href="/assets/a.css">',
      ),
    ).toEqual([]);
    expect(whats(scanCss('a.css', 'a{background:url("https://x.example/i.png")}'))).toHaveLength(1);
    expect(whats(scanCss('a.css', '@import "x.css";'))).toHaveLength(1);
    expect(scanCss('a.css', 'a{background:url(/icon/16.png)}')).toEqual([]);
  });
});
