/**
 * `npm test`: everything, in the order a failure is cheapest to read.
 *   1. lint: ESLint and Prettier (`npm run lint`);
 *   2. Chromium present (installed with apt-get when missing and possible, see support/chromium.mjs);
 *   3. `astro check`: TypeScript strict over the whole project, dictionaries included;
 *   4. a fresh `astro build`, Pagefind index, service workers and _headers included;
 *   5. a second build under a sub-path (`npm run build:base`: base /connector/, into dist-base/);
 *   6. Vitest: unit tests, checks over dist/ and dist-base/, browser tests against both on 127.0.0.1.
 * Extra arguments go to Vitest, e.g. `npm test -- --project unit`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumOrExit } from './support/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function step(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

step('Lint (ESLint)', bin('eslint'), ['.', '--max-warnings', '0']);
step('Format (Prettier --check)', bin('prettier'), ['--check', '.']);

const chromePath = chromiumOrExit();
console.log(`Chromium: ${chromePath}`);

step('Type check (astro check)', bin('astro'), ['check']);
step('Build (astro build + Pagefind, service workers, _headers)', bin('astro'), ['build']);
step('Build under a sub-path (base /connector/, into dist-base/)', bin('astro'), [
  'build',
  '--base',
  '/connector/',
  '--outDir',
  'dist-base',
]);
step(
  'Tests (Vitest: unit, dist, browser)',
  bin('vitest'),
  ['run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)],
  {
    CHROME_PATH: chromePath,
  },
);
