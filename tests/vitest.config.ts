import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, run by `npm test` (tests/run.mjs) after a fresh build:
 * - unit: pure logic, beside the code or in tests/unit;
 * - dist: checks over the built site in dist/;
 * - browser: playwright-core driving the system Chromium against dist/ served on 127.0.0.1.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'] } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: two files at a time, sharing the run's one Chromium (four took longer).
          maxWorkers: 2,
          // What a page does after an input can take more than a second on a busy machine.
          expect: { poll: { timeout: 5000 } },
        },
      },
    ],
  },
});
