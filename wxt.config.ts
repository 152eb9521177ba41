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
              strict_min_version: '128.0',
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
