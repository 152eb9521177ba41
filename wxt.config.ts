import { resolve as resolvePath } from 'node:path';
import { defineConfig } from 'wxt';
import { dropEmptyPluginLoader } from './scripts/build/drop-empty-plugin-loader';
import { firstPaintChunk } from './scripts/build/first-paint-chunk';
import { inlineFirstFrameStyles } from './scripts/build/inline-first-frame-styles';
import { findChromium } from './scripts/find-chromium.mjs';

const chromium = findChromium();

// Everything the new tab and the popup import statically goes into one first-paint chunk (why: scripts/build/).
const FIRST_PAINT_ENTRIES = ['entrypoints/newtab/main.tsx', 'entrypoints/popup/main.tsx'].map((entry) =>
  resolvePath(import.meta.dirname, entry),
);
// Read in the `config:resolved` hook below, before any page is bundled.
let hasRuntimePlugins = true;
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [String(size), `icon/${size}.png`]));

// https://wxt.dev/api/config.html
export default defineConfig({
  // WXT >= 0.20 uses the bare `chrome`/`browser` globals; the design card asks for webextension-polyfill's
  // promise-based `browser` everywhere, so `wxt/browser` is pointed at it.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader (and the layering lint) sees where every name comes from.
  imports: false,
  // Parallel work (and parallel test runs) can build into separate folders: RC_OUT_DIR=.output-mine npm run build.
  outDir: process.env.RC_OUT_DIR ?? '.output',
  // Manifest V3 for every browser, Firefox included (WXT would default Firefox to MV2). Firefox MV3 (109+) has all
  // we use: alarms, notifications, the optional `idle` permission, the new-tab override, options_ui, the `action`
  // popup. Its background is an event page (`background.scripts`, which WXT writes for Firefox) instead of a
  // service worker; ours keeps no state in memory and registers its listeners at start-up, so it runs the same.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Retake Coach',
    short_name: 'Retake Coach',
    // The Chrome Web Store takes at most 132 characters (tests/e2e/shippable.e2e.ts checks the built manifest).
    description:
      'A calm coach for your USMLE Step 1 retake: today’s tasks on every new tab, study and break reminders, all stored on your computer.',
    // One design at every size the stores ask for (Chrome 16/32/48/128, Firefox 48/96), drawn by scripts/icons.mjs.
    icons: ICONS,
    action: { default_icon: ICONS },
    // Only what is used: alarms (schedule), notifications (reminders). `idle` is asked for at run time, only
    // when the student turns on "pause focus when I step away". No `storage` (the data is in IndexedDB, which needs
    // no permission) and no `unlimitedStorage` (a plan is well under a megabyte; Firefox never evicts an add-on's
    // IndexedDB). No host permissions and no content_security_policy: the default MV3 policy, which allows only
    // the package's own scripts, stays in force.
    permissions: ['alarms', 'notifications'],
    optional_permissions: ['idle'],
    // The bundles are compiled for Vite's default target, baseline-widely-available (Chrome 111, Firefox 114); every
    // newer API we call (runtime.getContexts, 116) is feature-detected.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'retake-coach@retake-coach.app',
              // 140 (also an ESR) is the first desktop Firefox that reads data_collection_permissions, which AMO
              // requires of new add-ons; everything else we use is older than that.
              strict_min_version: '140.0',
              // No `gecko_android` on purpose: its presence marks the add-on Android-compatible on AMO, and Firefox
              // for Android has no new-tab override (our main page) and no `windows` API. `web-ext lint` therefore
              // warns that Android only reads data_collection_permissions from 142 (KEY_FIREFOX_ANDROID_UNSUPPORTED_
              // BY_MIN_VERSION): it measures Android against this desktop minimum; we do not ship to Android.
              // Nothing leaves the machine: https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '111' }),
  }),
  // `npm run dev` opens the browser through web-ext, which only guesses where Chrome is; point it at the Chromium
  // that `npm start` and the browser tests use.
  // Chromium refuses to run as root without --no-sandbox (containers, CI machines).
  webExt: {
    binaries: chromium ? { chrome: chromium } : {},
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  vite: () => ({
    // Vite 8 compiles TSX with Oxc (an `esbuild` key here is ignored, with a warning per project).
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Chrome 66+ and Firefox 115+ preload modules themselves; Vite's polyfill for older browsers is the one
    // `fetch(` in the bundle, dead code the remote-code scan (tests/e2e/shippable.e2e.ts) would have to excuse.
    build: { modulePreload: { polyfill: false } },
    plugins: [
      firstPaintChunk(FIRST_PAINT_ENTRIES),
      dropEmptyPluginLoader(() => hasRuntimePlugins),
      inlineFirstFrameStyles(),
    ],
  }),
  hooks: {
    'config:resolved': (wxt) => {
      hasRuntimePlugins = wxt.config.plugins.length > 0;
    },
  },
  // `npm run zip`: the Chrome and Firefox packages, and the sources zip AMO asks for with a Firefox upload. The
  // sources are what `npm ci && npm run build:firefox` (README) reads to rebuild the package: package.json, the
  // lockfile, wxt.config.ts and the script it imports, tsconfig.json, README.md, entrypoints/, components/, lib/,
  // public/. WXT leaves out node_modules, dot-files and dot-folders (.git, .wxt, .ci, every .output*) and *.test.*
  // files; left out here are the rest of the tests (helpers without their tests would only confuse a reviewer), dev
  // scripts, test and lint configs, and anything a test run or build leaves behind. Zip from a clean checkout:
  // untracked files go in too.
  zip: {
    // The benchmark's floor pages (public/bench) are built for `npm run bench` but are no part of the product.
    exclude: ['bench/**'],
    // wxt.config.ts itself imports this one (any script the config imports must be listed here).
    includeSources: ['scripts/find-chromium.mjs', 'scripts/build/*.ts'],
    excludeSources: [
      '.output*/**',
      'tests/**',
      'scripts/**',
      'coverage/**',
      'test-results/**',
      'dist/**',
      'vitest.config.ts',
      'vitest.e2e.config.ts',
      'eslint.config.js',
      '**/*.log',
      '**/*.zip',
    ],
  },
});
