import { defineConfig } from '@playwright/test';

// One worker: the tests share a 2-core machine, and each launches its own Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  reporter: [['list']],
  use: { trace: 'off' },
});
