import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests run in Node (lib/domain is pure; lib/db runs on fake-indexeddb; lib/platform on WXT's fake browser),
// component tests in happy-dom. Browser (e2e) tests have their own config: they need a build and real Chromium.
export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    setupFiles: ['tests/setup.ts'],
    // Day arithmetic must not depend on the machine's zone; tests that need another zone run in a child process.
    env: { TZ: 'America/New_York' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.{ts,tsx}'], environment: 'happy-dom' } },
    ],
  },
});
