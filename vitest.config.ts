import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The tests whose answers hang on the local clock (day keys, alarms, focus) run again in four more zones, chosen in
// tests/unit/domain/zones.ts. TZ must be in the worker's environment from its start, which a project's `env` gives
// it; tests/unit/domain/zones.test.ts checks in each project that it took effect.
const OTHER_ZONES = ['Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham'];
const CLOCK_TESTS = [
  'tests/unit/domain/zones.test.ts',
  'tests/unit/domain/day.test.ts',
  'tests/unit/domain/format/**/*.test.ts',
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
    // The coverage floor (`npm run test:unit` runs with --coverage, so `npm test` fails below it). It covers what the
    // unit and component tests are for: lib/ and components/. Entrypoints only wire and are exercised by the browser
    // tests (tests/e2e), which V8 coverage in Node cannot see. The thresholds sit a little under what was measured
    // when the floor was set (2026-12-02 on main bd3b49f: statements 91.5%, branches 86.1%, functions 88.6%, lines
    // 92.8%; the new-tab and settings redesign landed that day with more browser than component tests), so a change
    // that leaves new code untested fails while small shifts do not. Raise them as coverage grows; never lower them
    // to let a change in.
    coverage: {
      provider: 'v8',
      include: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { statements: 90, branches: 85, functions: 87, lines: 91 },
    },
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
