import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built preview (dist/) in headless Chromium. Run with `npm run test:e2e`. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, one page at a time: the machine is small and the scenarios share a server.
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
