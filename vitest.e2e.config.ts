import { defineConfig } from 'vitest/config';

// Browser tests: load the built extension (.output/chrome-mv3) into real headless Chromium. One file at a time,
// because each launches its own browser and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
