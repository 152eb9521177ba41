import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The tests whose answers hang on the local clock (day keys, alarms, focus) run again in four more zones, chosen in
// tests/unit/domain/zones.ts. TZ must be in the worker's environment from its start, which a project's `env` gives
// it; tests/unit/domain/zones.test.ts checks in each project that it took effect.
const OTHER_ZONES = ['Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham'];
const CLOCK_TESTS = [
  'tests/unit/domain/zones.test.ts',
  'tests/unit/domain/day.test.ts',
  'tests/unit/domain/deadlines/latest-day-properties.test.ts',
  'tests/unit/domain/alarms/**/*.test.ts',
  'tests/unit/domain/focus/**/*.test.ts',
  'tests/unit/services/sync-alarms.test.ts',
];

// Unit tests run in Node (lib/domain is pure; lib/db runs on fake-indexeddb; lib/platform on WXT's fake browser),
// component tests in happy-dom. Browser (e2e) tests have their own config: they need a build and real Chromium.
export default defineConfig({
  plugins: [WxtVitest()],
  // Vite 8 compiles TSX with Oxc (an `esbuild` key here is ignored, with a warning per project).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    setupFiles: ['tests/setup.ts'],
    // A hang guard, not a speed check (speed is npm run bench's job): the property tests run hundreds of plans and
    // took over the default 5 s on a busy two-core machine.
    testTimeout: 30_000,
    // Day arithmetic must not depend on the machine's zone: every test runs in New York unless its project says else.
    env: { TZ: 'America/New_York' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'components', include: ['tests/components/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      ...OTHER_ZONES.map((TZ) => ({
        extends: true as const,
        test: { name: `unit ${TZ}`, include: CLOCK_TESTS, environment: 'node' as const, env: { TZ } },
      })),
    ],
  },
});
