import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser files that take longest (seconds in a CI run on two cores, 2026-12: 142, 121, 119,
 * 102, 87, 84), started first so that the two workers finish together. Vitest orders files by
 * their last duration, which a fresh clone does not have; it falls back to their size, and put
 * two of these (short files that visit many pages) last, where they ran alone for about a minute.
 */
const longest = ['quiz', 'layout-shift', 'worksheet', 'accessibility', 'saved', 'builders-requests'];
const rank = (spec: TestSpecification) => {
  const index = longest.findIndex((name) => spec.moduleId.endsWith(`/tests/browser/${name}.test.ts`));
  return index < 0 ? longest.length : index;
};

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * Three kinds of test, run by `npm test` (tests/run.mjs) after a fresh build:
 * - unit: pure logic, beside the code or in tests/unit;
 * - dist: checks over the built site in dist/;
 * - browser: playwright-core driving the system Chromium against dist/ served on 127.0.0.1.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    sequence: { sequencer: LongestFirst },
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
