/**
 * `npm test`: everything, in the order a failure is cheapest to read.
 *   1. Chromium present (installed with apt-get when missing and possible, see support/chromium.mjs);
 *   2. at once: lint (ESLint), format (Prettier --check), both as `npm run lint`, and
 *      `astro check` (TypeScript strict over the whole project, dictionaries included);
 *   3. a fresh `astro build` (Pagefind index, service workers and _headers included), then a second
 *      build under a sub-path (`npm run build:base`: base /connector/, into dist-base/); one after
 *      the other, since both write the generated types in .astro/;
 *   4. Vitest: unit tests, checks over dist/ and dist-base/, browser tests against both on 127.0.0.1.
 * Steps that run at once print their output when they end, one after the other.
 * Extra arguments go to Vitest, e.g. `npm test -- --project unit`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumOrExit } from './support/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs one command; with `quiet`, keeps its output (both streams, interleaved) to print later. */
function run(command, args, { quiet = false, extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ status: 1, output: `${output}${error.message}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

/** Runs `steps` ([title, command, args]) at once; prints each one's output; exits on a failure. */
async function together(steps) {
  const begun = Date.now();
  const results = await Promise.all(steps.map(([, command, args]) => run(command, args, { quiet: true })));
  for (const [index, [title]] of steps.entries()) {
    console.log(`\n▶ ${title}`);
    process.stdout.write(results[index].output);
  }
  const failed = steps.filter((_, index) => results[index].status !== 0).map(([title]) => title);
  if (failed.length) {
    for (const title of failed) console.error(`\n✗ ${title} failed.`);
    process.exit(1);
  }
  console.log(`(${steps.length} steps at once, ${((Date.now() - begun) / 1000).toFixed(0)} s)`);
}

/** Runs one step with its output as it comes; exits on a failure. */
async function step(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const { status } = await run(command, args, { extraEnv });
  if (status !== 0) {
    console.error(`\n✗ ${title} failed.`);
    process.exit(status);
  }
}

const started = Date.now();
const chromePath = chromiumOrExit();
console.log(`Chromium: ${chromePath}`);

// ESLint and Prettier only read the tree, so they run beside the type check.
await together([
  ['Lint (ESLint)', bin('eslint'), ['.', '--max-warnings', '0']],
  ['Format (Prettier --check)', bin('prettier'), ['--check', '.']],
  ['Type check (astro check)', bin('astro'), ['check']],
]);
await step('Build (astro build + Pagefind, service workers, _headers)', bin('astro'), ['build']);
await step('Build under a sub-path (base /connector/, into dist-base/)', bin('astro'), [
  'build',
  '--base',
  '/connector/',
  '--outDir',
  'dist-base',
]);
await step(
  'Tests (Vitest: unit, dist, browser)',
  bin('vitest'),
  ['run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)],
  { CHROME_PATH: chromePath },
);
console.log(`\nnpm test: ${((Date.now() - started) / 1000).toFixed(0)} s in all (the target is under 600).`);
