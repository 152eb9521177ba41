import { defineConfig } from 'wxt';

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
    description:
      'A calm daily coach for your USMLE Step 1 retake: today’s tasks on every new tab, study and break reminders, all stored on your computer.',
    // Only what is used: alarms (schedule), notifications (reminders). `idle` is asked for at run time, only
    // when the student turns on "pause focus when I step away".
    permissions: ['alarms', 'notifications'],
    optional_permissions: ['idle'],
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
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  zip: {
    excludeSources: ['.output/**', 'test-results/**', 'tests/e2e/screenshots/**', '.ci/**', 'coverage/**'],
  },
});
