/**
 * `npm run bench`: what the built site costs a reader. A benchmark, not a test: it prints figures
 * beside their targets and exits 0 whatever they are (1 only when it cannot run, e.g. no Chromium
 * or a failed build).
 *
 * What it does
 *   - Builds first when dist/ is missing or older than anything in src/, content/, public/ or
 *     astro.config.mjs. Serves dist/ on 127.0.0.1 with Astro's preview server and drives the
 *     system Chromium (never a downloaded one). Every request to another host is blocked (a dead
 *     proxy takes all traffic that is not loopback) and counted: the count should be 0. The proxy
 *     also catches Chromium's own background connections, which are listed but are not the site's.
 *   - Pages with an island: the JavaScript once every island has hydrated (a lesson after scrolling
 *     to its quiz, a quiz page, each tool page, the saved-work page), against the 80 KB budget. A
 *     first answer loads nothing more (the browser tests check it, with the same count as here:
 *     tests/support/budgets.ts); what loads on demand later (a builder's writer and checks on the
 *     way to "Write", the worksheet's brief) is not part of the figure.
 *   - Page weight: for each locale, the home page, the glossary and every lesson, each in a fresh
 *     browser context (empty cache, service workers blocked), until load + network idle. Every
 *     response body is counted as it would travel gzip-compressed: gzipped here at level 9, since
 *     the preview server does not compress, except Pagefind's index files and wasm, which Pagefind
 *     already gzips and are counted as served. Headers are not counted. "JS before input" is the
 *     scripts fetched before any user input plus the inline ones, the service worker's registration
 *     included and also shown on its own. Targets: a lesson ≤ 20 KB in all and ≤ 4 KB of JS before
 *     input (its quiz loads only as the reader nears it), a page without a tool ≤ 2 KB, the
 *     registration ≤ 1 KB.
 *   - Offline: for each locale, a first visit with service workers allowed (they are blocked in
 *     every other measurement, so a worker's background precaching is not counted as page weight
 *     and does not compete with search): the files and gzip bytes its worker precaches (from the
 *     manifest in dist/<locale>/sw.js), the time from load until the footer says the locale is
 *     ready, and then, with the network cut (`context.setOffline(true)`), whether a lesson the
 *     reader never opened loads and whether search answers.
 *   - Layout shifts: every page type of every locale (home, a lesson scrolled to its quiz, a quiz
 *     page, each tool, search with results, the glossary) at 390 and 1350 px, each in a fresh
 *     context: a layout-shift observer from before the first script, the page loaded, its islands
 *     hydrated, scrolled to the end and back; the shifts without input summed (at least the CLS).
 *     The same measure as tests/browser/layout-shift.test.ts. Target < 0.01. At 390 px also the
 *     header's height (target ≤ 72 px, one or two rows, as tests/browser/layout.test.ts checks) and
 *     on the lesson the top of its h1 (target < 200 px).
 *   - Lighthouse (when the devDependency is installed; BENCH_LIGHTHOUSE=0 skips it): its default
 *     mobile run (emulated phone, simulated slow 4G and 4x slower CPU) of the home page, the first
 *     lesson, the intro-decision quiz page and the reconnect builder in every locale, in the system
 *     Chromium started by chrome-launcher (never a downloaded one), behind the same dead proxy.
 *     The four scores, LCP, CLS and TBT; targets 100, LCP ≤ 0.8 s. Lighthouse's CPU throttling
 *     multiplies whatever else the machine is doing, so TBT and the performance score move with
 *     the load of the machine: rerun on an idle machine before reading much into a 9x.
 *   - Search: for each locale, 5 runs (3 for burst, below), each in a freshly launched browser, on
 *     the lesson /<locale>/lessons/meeting-goals/ once it has loaded. The header search field is focused and
 *     the locale's word from tests/fixtures/search.ts typed; the page itself timestamps, with
 *     performance.now(), the `input` event of the last character and the moment the first result
 *     item is put into `#search-header-results ol` (a MutationObserver). Two ways of typing:
 *       typed: a person who focuses and types straight away, 60 ms between keys. Pagefind loads
 *              while they type; the figure is what they wait after their last key. Target ≤ 100 ms.
 *       burst: all keys at once right after focus (a paste, a very fast typist): nothing of Pagefind
 *              has loaded yet, so the figure is close to the whole cold start of search.
 *     Beside them: "1st answer", from focus to the first results for any prefix, against "typing",
 *     from focus to the last key (while the first is smaller, Pagefind's cold start is hidden behind
 *     the typing), and for burst the whole time from focus. The bytes are everything fetched from
 *     focus until the result list is complete, in the typed runs, by file.
 *
 * BENCH_ONLY=weight,offline,shifts,lighthouse,search (any of them) runs only those parts.
 *
 * How to read it
 *   Sizes are KB (1024 bytes) gzip, one decimal; times are milliseconds, median and max of the runs.
 *   Everything is local: no network latency or bandwidth limit is simulated, so times are CPU and
 *   scheduling (worker start, wasm compile, index decode, rendering), and on a real connection the
 *   cold path adds a round trip per step of Pagefind's loading chain. Other work on the machine
 *   (a build, a test run) shows up directly in the times. Page sizes do not vary between runs;
 *   search bytes vary a little with how many prefixes got an answer (and fragments) while typing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumOrExit } from './support/chromium.mjs';
import { serveDist } from './support/server.mjs';
import { searchWords } from './fixtures/search.ts';
import { pageTypes as sitePages, recordShifts, settle, shifts, useIslands } from './support/layout.ts';
import { trackRequests } from './support/network.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const locales = ['en', 'de', 'fi', 'sv'];
const runs = { typed: 5, burst: 3 };
const keyDelay = 60;
const target = {
  lessonKB: 20,
  jsKB: 2,
  lessonJsKB: 4,
  registrationKB: 1,
  islandKB: 80,
  searchMs: 100,
  searchKB: 100,
  cls: 0.01,
  headerPx: 72,
  h1TopPx: 200,
  lighthouse: 100,
  lcpMs: 800,
};
const KB = (bytes) => (bytes / 1024).toFixed(1);
/** BENCH_ONLY=shifts,lighthouse (any of weight, offline, shifts, lighthouse, search) runs only those parts. */
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const want = (part) => !only.length || only.includes(part);
const started = performance.now();

// ---- 1. Build when dist/ is missing or older than its sources -------------------------------

/** The newest modification time under `path`, 0 when it is missing. */
function newest(path) {
  const mtime = (p) => statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (!existsSync(path) || !statSync(path).isDirectory()) return mtime(path);
  let latest = mtime(path);
  for (const entry of readdirSync(path, { recursive: true })) latest = Math.max(latest, mtime(join(path, entry)));
  return latest;
}

function buildIfNeeded() {
  // The home page is among the first files written and Pagefind's entry among the last.
  const built = ['dist/index.html', 'dist/pagefind/pagefind-entry.json'].map((file) => newest(join(root, file)));
  const sources = ['src', 'content', 'public', 'astro.config.mjs'].map((p) => newest(join(root, p)));
  const reason = built.includes(0)
    ? 'dist/ is missing or incomplete'
    : Math.max(...sources) > Math.min(...built)
      ? 'dist/ is older than its sources'
      : undefined;
  if (!reason) return 'dist/ is up to date';
  process.stdout.write(`${reason}: building ... `);
  const t0 = performance.now();
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.log('failed.');
    console.error(result.stdout, result.stderr);
    console.error('✗ The build failed, so there is nothing to measure.');
    process.exit(1);
  }
  const took = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`done in ${took} s.`);
  return `built now (${reason}, ${took} s)`;
}

// ---- Browser, blocking and byte counting -------------------------------------------------------

/**
 * The proxy for everything that is not loopback: it notes where each connection wanted to go and
 * closes it at once. Pages' requests are counted from the browser's own events; this also catches
 * Chromium's background traffic, which those events never show.
 */
async function deadProxy() {
  const wanted = [];
  const server = createServer((socket) => {
    socket.on('error', () => {});
    socket.setTimeout(1000, () => socket.destroy());
    socket.once('data', (data) => {
      const [, target = '?'] = /^\S+ (?:\w+:\/\/)?([^/: ]+)/.exec(data.toString('latin1')) ?? [];
      wanted.push(target);
      socket.destroy();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, wanted, close: () => server.close() };
}

let launchOptions;
const external = [];

function launch() {
  return chromium.launch(launchOptions);
}

/**
 * A fresh context (empty cache) that records every request leaving 127.0.0.1; the proxy fails them.
 * Service workers are blocked unless asked for: a first visit's worker precaches its locale in the
 * background once the page is idle, which is measured on its own (Offline, below), not as page
 * weight or as traffic competing with search.
 */
async function freshContext(browser, { serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ serviceWorkers });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return;
    external.push(url.href);
  });
  return context;
}

/** Bytes on the wire with gzip: Pagefind's files start with gzip's magic bytes and travel as they are. */
function gzipBytes(body) {
  if (body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b) return body.length;
  return gzipSync(body, { level: 9 }).length;
}

async function measure(response) {
  const request = response.request();
  const body = await response.body().catch(() => Buffer.alloc(0));
  return { url: new URL(request.url()), type: request.resourceType(), raw: body.length, gzip: gzipBytes(body) };
}

// ---- 3. Page weight -----------------------------------------------------------------------------

const pageTypes = ['document', 'stylesheet', 'script', 'image', 'font', 'other'];

async function pageWeight(browser, baseUrl, path) {
  const context = await freshContext(browser);
  const pending = [];
  context.on('response', (response) => pending.push(measure(response)));
  const page = await context.newPage();
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const inlineText = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.type || s.type === 'module' || /javascript/.test(s.type))
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  const inlineJs = gzipBytes(Buffer.from(inlineText));
  // The service worker's registration (src/scripts/offline.ts), inlined by Astro into every page.
  const registrationText = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .map((s) => s.textContent ?? '')
      .filter((code) => code.includes('serviceWorker'))
      .join('\n'),
  );
  const registration = registrationText ? gzipBytes(Buffer.from(registrationText)) : 0;
  const hasIsland = await page.evaluate(() => document.querySelector('astro-island') !== null);
  const responses = await Promise.all(pending);
  await context.close();
  const byType = Object.fromEntries(pageTypes.map((t) => [t, 0]));
  const files = [];
  for (const r of responses) {
    const type = pageTypes.includes(r.type) ? r.type : 'other';
    byType[type] += r.gzip;
    files.push({ path: r.url.pathname, type, gzip: r.gzip });
  }
  const total = Object.values(byType).reduce((a, b) => a + b, 0);
  // JavaScript before input: the script files plus the inline scripts inside the HTML.
  return { path, byType, total, js: byType.script + inlineJs, inlineJs, registration, hasIsland, files };
}

// ---- 3b. Pages with an island ------------------------------------------------------------------

/**
 * The JavaScript of a page with an island once every island has hydrated (React included): on a
 * lesson, after scrolling to its quiz; on a builder's page, after a first use of its form (a
 * pointer over it); on the other tool pages, as they load. Also what ran before that.
 */
async function islandWeight(browser, baseUrl, path, scrollTo) {
  const context = await freshContext(browser);
  const scripts = [];
  let scrolled = false;
  context.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(measure(response).then((m) => ({ ...m, scrolled })));
  });
  const page = await context.newPage();
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  if (scrollTo) {
    scrolled = true;
    await page.locator(scrollTo).scrollIntoViewIfNeeded();
  }
  if (await page.locator('astro-island[client="use-props"][ssr]').count()) {
    scrolled = true;
    await useIslands(page);
  }
  await page.waitForFunction(
    () => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')),
    null,
    {
      timeout: 20_000,
    },
  );
  await page.waitForLoadState('networkidle');
  // Inline scripts (the theme, Astro's island loader) travel inside the HTML: counted here too.
  const inlineText = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  const inline = gzipBytes(Buffer.from(inlineText));
  const measured = await Promise.all(scripts);
  await context.close();
  const before = inline + measured.filter((m) => !m.scrolled).reduce((sum, m) => sum + m.gzip, 0);
  const total = inline + measured.reduce((sum, m) => sum + m.gzip, 0);
  return { path, before, total, inline };
}

// ---- 3c. Offline ---------------------------------------------------------------------------------

/** The files a locale's worker precaches, from the manifest in its sw.js, and their gzip bytes. */
function precacheOf(locale) {
  const worker = readFileSync(join(root, 'dist', locale, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
  return {
    files: urls.length,
    bytes: urls.reduce((sum, url) => sum + gzipBytes(readFileSync(join(root, 'dist', url))), 0),
  };
}

/**
 * A first visit to the locale's home page with service workers allowed: the time from load until
 * the footer says the locale is stored; then, offline, a lesson never opened and a search.
 */
async function offlineRun(browser, baseUrl, locale) {
  const context = await freshContext(browser, { serviceWorkers: 'allow' });
  const page = await context.newPage();
  const result = { locale, ...precacheOf(locale), readyMs: Infinity, lesson: 'not tried', search: 'not tried' };
  try {
    await page.goto(`${baseUrl}/${locale}/`, { waitUntil: 'load' });
    const loaded = await page.evaluate(() => performance.now());
    try {
      await page.waitForFunction(() => document.querySelector('[data-offline]')?.textContent, null, {
        timeout: 60_000,
        polling: 50,
      });
      result.readyMs = (await page.evaluate(() => performance.now())) - loaded;
    } catch {
      return result;
    }
    await context.setOffline(true);
    // The last lesson: the home page links to it, but the reader has not opened it.
    const lessons = readdirSync(join(root, 'dist', locale, 'lessons'));
    const unvisited = `/${locale}/lessons/${lessons.at(-1)}/`;
    try {
      const response = await page.goto(baseUrl + unvisited, { waitUntil: 'load', timeout: 10_000 });
      const h1 = await page.locator('h1').first().textContent({ timeout: 2_000 });
      result.lesson =
        response?.ok() && h1 ? `opens (${lessons.at(-1)})` : `fails (${response?.status() ?? 'no response'})`;
    } catch (error) {
      result.lesson = `fails (${error.message.split('\n')[0].slice(0, 40)})`;
    }
    try {
      // The default viewport is a desktop one, where the header shows its search field.
      await page.locator('#search-header').fill(searchWords[locale]);
      await page.waitForFunction(() => document.querySelector('#search-header-results ol li'), null, {
        timeout: 10_000,
      });
      result.search = 'answers';
    } catch {
      result.search = 'fails';
    }
    return result;
  } finally {
    await context.close();
  }
}

// ---- 4. Search ------------------------------------------------------------------------------------

const searchParts = [
  ['search.js', (p) => /^\/_astro\/search[^/]*\.js$/.test(p)],
  ['pagefind.js', (p) => p.endsWith('/pagefind.js')],
  ['worker', (p) => p.endsWith('/pagefind-worker.js')],
  ['wasm', (p) => p.endsWith('.pagefind')],
  ['entry', (p) => p.endsWith('/pagefind-entry.json')],
  ['meta', (p) => p.endsWith('.pf_meta')],
  ['index', (p) => p.endsWith('.pf_index')],
  ['fragment', (p) => p.endsWith('.pf_fragment')],
  ['other', () => true],
];

/**
 * Installed in the page before focus. Timestamps focus, the first render of result items for any
 * prefix of the word, the `input` event that completes the word, and the first render of result
 * items after that event.
 */
function installProbe(word) {
  const probe = { focus: 0, firstAnswer: 0, lastInput: 0, shown: 0 };
  window.__bench = probe;
  const input = document.querySelector('#search-header');
  const list = document.querySelector('#search-header-results ol');
  if (!input || !list) throw new Error('#search-header or #search-header-results ol is missing');
  input.addEventListener('focus', () => (probe.focus ||= performance.now()));
  input.addEventListener('input', () => {
    if (input.value === word) probe.lastInput = performance.now();
  });
  // The search drops stale answers before rendering, so once the last key's input event has fired,
  // the next render with items is the answer for the whole word.
  new MutationObserver(() => {
    if (!list.querySelector('li')) return;
    const now = performance.now();
    probe.firstAnswer ||= now;
    if (!probe.shown && probe.lastInput) probe.shown = now;
  }).observe(list, { childList: true, subtree: true });
}

async function searchRun(baseUrl, locale, delay) {
  const word = searchWords[locale];
  const browser = await launch();
  try {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${locale}/lessons/meeting-goals/`, { waitUntil: 'load' });
    await page.evaluate(installProbe, word);
    const pending = [];
    let recording = true;
    context.on('response', (response) => {
      if (recording) pending.push(measure(response));
    });
    const field = page.locator('#search-header');
    await field.focus();
    await field.pressSequentially(word, { delay });
    await page.waitForFunction(() => window.__bench.shown > 0, null, { timeout: 20_000, polling: 20 });
    // The header shows the first result at once and the others when typing pauses: count the bytes
    // until the whole list is there (its count announced, the last fragments in).
    await page.waitForFunction(
      () => document.querySelector('#search-header-results [role="status"]')?.textContent,
      null,
      {
        timeout: 20_000,
        polling: 20,
      },
    );
    await page.waitForTimeout(400);
    recording = false;
    const probe = await page.evaluate(() => window.__bench);
    const parts = Object.fromEntries(searchParts.map(([name]) => [name, 0]));
    const others = [];
    let fragments = 0;
    for (const r of await Promise.all(pending)) {
      const [name] = searchParts.find(([, test]) => test(r.url.pathname));
      parts[name] += r.gzip;
      if (name === 'fragment') fragments++;
      if (name === 'other') others.push(r.url.pathname);
    }
    return {
      afterLastKey: probe.shown - probe.lastInput,
      afterFocus: probe.shown - probe.focus,
      firstAnswer: probe.firstAnswer - probe.focus,
      typing: probe.lastInput - probe.focus,
      parts,
      total: Object.values(parts).reduce((x, y) => x + y, 0),
      fragments,
      others,
    };
  } finally {
    await browser.close();
  }
}

// ---- 5. Layout shifts ---------------------------------------------------------------------------

/** The shifts without input on `path` at `viewport`, loaded, hydrated and scrolled (tests/support/layout.ts). */
async function layoutShift(browser, baseUrl, path, viewport) {
  const context = await freshContext(browser);
  await context.addInitScript(recordShifts);
  const page = await context.newPage();
  // settle() waits until no request is in flight.
  trackRequests(page);
  await page.setViewportSize(viewport);
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  // Where the header ends and a lesson's title starts, as the page first shows them.
  const { header, h1 } = await page.evaluate(() => ({
    header: document.querySelector('header.site-header')?.getBoundingClientRect().height ?? NaN,
    h1: location.pathname.includes('/lessons/')
      ? (document.querySelector('main h1')?.getBoundingClientRect().top ?? NaN)
      : undefined,
  }));
  await settle(page);
  const result = await shifts(page);
  await context.close();
  return { ...result, header, h1 };
}

// ---- 6. Lighthouse ------------------------------------------------------------------------------

/** Lighthouse and chrome-launcher when installed (devDependencies), else the reason they are not. */
async function loadLighthouse() {
  if (process.env.BENCH_LIGHTHOUSE === '0') return { skipped: 'BENCH_LIGHTHOUSE=0' };
  try {
    const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
      import('lighthouse'),
      import('chrome-launcher'),
    ]);
    return { lighthouse, chromeLauncher };
  } catch (error) {
    return { skipped: `Lighthouse is not installed (${error.message.split('\n')[0]})` };
  }
}

/** Lighthouse's default mobile run of each path in one system Chromium: scores 0-100 and the metrics. */
async function lighthouseRuns({ lighthouse, chromeLauncher }, baseUrl, paths, proxyPort) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      ...chromiumArgs,
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      '--proxy-bypass-list=127.0.0.1',
    ],
  });
  const results = [];
  try {
    for (const path of paths) {
      const { lhr } = await lighthouse(baseUrl + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
        .map((a) => a.id);
      results.push({
        path,
        perf: score('performance'),
        a11y: score('accessibility'),
        bp: score('best-practices'),
        seo: score('seo'),
        lcp: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
        failing,
      });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pad = (value, width) => String(value).padStart(width);
const padEnd = (value, width) => String(value).padEnd(width);
const verdict = (ok) => (ok ? 'met' : 'over');

// ---- Run ----------------------------------------------------------------------------------------

const chromePath = chromiumOrExit();
const buildNote = buildIfNeeded();
const proxy = await deadProxy();
launchOptions = {
  executablePath: chromePath,
  args: [...chromiumArgs, `--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=127.0.0.1'],
};
let server;
let browser;
try {
  server = await serveDist();
  browser = await launch();
} catch (error) {
  console.error(`✗ Cannot start: ${error.message}`);
  await browser?.close();
  await server?.stop();
  proxy.close();
  process.exit(1);
}

const summary = [];
const problems = [];
try {
  console.log(`Connector benchmark · Chromium ${browser.version()} · ${server.url} · ${buildNote}`);
  console.log('Sizes: KB (1024 B) of response bodies as sent gzip -9 (Pagefind files as served), headers excluded.');
  console.log('Times: ms measured in the page with performance.now(); local server, no network throttling.');

  const w = 30;
  // Page weight
  if (want('weight')) {
    // Every lesson of every locale (the budget is per lesson), and two pages without a tool.
    const lessonsOf = (locale) => readdirSync(join(root, 'dist', locale, 'lessons')).sort();
    const paths = locales.flatMap((locale) => [
      `/${locale}/`,
      `/${locale}/glossary/`,
      ...lessonsOf(locale).map((slug) => `/${locale}/lessons/${slug}/`),
    ]);
    // Sizes do not depend on timing, so the pages load side by side, eight at a time.
    const pages = [];
    for (let i = 0; i < paths.length; i += 8) {
      pages.push(...(await Promise.all(paths.slice(i, i + 8).map((path) => pageWeight(browser, server.url, path)))));
    }
    // Every page with an island that exists in this build: a lesson (its quiz), a quiz page, the
    // tools, the saved-work page.
    const islandPages = locales.flatMap((locale) =>
      [
        [`/${locale}/lessons/introductions/`, '#lesson-quiz'],
        [`/${locale}/quizzes/intro-decision/`],
        [`/${locale}/tools/intro-reply/`],
        [`/${locale}/tools/reconnect/`],
        [`/${locale}/tools/contact-request/`],
        [`/${locale}/tools/worksheet/`],
        [`/${locale}/saved/`],
      ].filter(([path]) => existsSync(join(root, 'dist', path, 'index.html'))),
    );
    const islands = [];
    for (const [path, scrollTo] of islandPages) islands.push(await islandWeight(browser, server.url, path, scrollTo));
    await browser.close();
    browser = undefined;

    const pathWidth = 40;
    console.log('\nPage weight: fresh context, empty cache, until load + network idle (KB gzip)');
    console.log(
      `${padEnd('page', pathWidth)}${['doc', 'css', 'js', 'img', 'font', 'other'].map((h) => pad(h, 6)).join('')}` +
        `${pad('total', 7)}  ${padEnd('target', 11)}${pad('JS before input', 16)}  ${padEnd('target', 10)}` +
        `${pad('of it: worker reg.', 18)}`,
    );
    const isLesson = (p) => p.path.includes('/lessons/');
    // JavaScript before input: 4 KB on a lesson (its quiz loads only as the reader nears it), 2 KB elsewhere.
    const jsTarget = (p) => (isLesson(p) ? target.lessonJsKB : target.jsKB);
    for (const p of pages) {
      const totalOk = p.total <= target.lessonKB * 1024;
      const jsOk = p.js <= jsTarget(p) * 1024;
      const regOk = p.registration <= target.registrationKB * 1024;
      console.log(
        `${padEnd(p.path, pathWidth)}${pageTypes.map((t) => pad(KB(p.byType[t]), 6)).join('')}${pad(KB(p.total), 7)}  ` +
          `${padEnd(isLesson(p) ? `≤ ${target.lessonKB} ${verdict(totalOk)}` : '—', 11)}` +
          `${pad(KB(p.js), 16)}  ${padEnd(`≤ ${jsTarget(p)} ${verdict(jsOk)}`, 10)}` +
          `${pad(`${KB(p.registration)} ≤ ${target.registrationKB} ${verdict(regOk)}`, 18)}`,
      );
    }
    console.log(
      '  "JS before input": script files and inline scripts (the theme, the header, Astro\'s island loader on a lesson,' +
        ' the worker registration); "worker reg.": the inline script that registers the service worker once the page is idle.',
    );
    const lessons = pages.filter(isLesson);
    const others = pages.filter((p) => !isLesson(p));
    const heaviest = lessons.reduce((a, b) => (b.total > a.total ? b : a));
    const biggest = [...heaviest.files].sort((a, b) => b.gzip - a.gzip).slice(0, 3);
    console.log(
      `  Heaviest lesson ${heaviest.path}: ${biggest.map((f) => `${f.path} ${KB(f.gzip)}`).join(', ')}.` +
        ` Inline JS in its HTML: ${KB(heaviest.inlineJs)} KB gzip (inside "doc", and counted in "JS before input").`,
    );
    const max = (list, key) => KB(Math.max(...list.map((p) => p[key])));
    summary.push(
      `lesson ≤ ${target.lessonKB} KB: ${verdict(lessons.every((p) => p.total <= target.lessonKB * 1024))} ` +
        `(max ${max(lessons, 'total')}, ${lessons.length} lessons)`,
      `JS before input ≤ ${target.jsKB} KB (pages without a tool): ${verdict(others.every((p) => p.js <= target.jsKB * 1024))} ` +
        `(max ${max(others, 'js')})`,
      `JS before input ≤ ${target.lessonJsKB} KB (lessons): ${verdict(lessons.every((p) => p.js <= target.lessonJsKB * 1024))} ` +
        `(max ${max(lessons, 'js')})`,
      `worker registration ≤ ${target.registrationKB} KB: ${verdict(pages.every((p) => p.registration <= target.registrationKB * 1024))} ` +
        `(max ${max(pages, 'registration')})`,
    );

    console.log(
      '\nPages with an island: JavaScript once every island has hydrated, React and inline scripts included (KB gzip)',
    );
    console.log(`${padEnd('page', w + 8)}${pad('before', 8)}${pad('total', 8)}  target`);
    for (const p of islands) {
      const label = p.path.includes('/lessons/') ? `${p.path} (quiz)` : p.path;
      console.log(
        `${padEnd(label, w + 8)}${pad(KB(p.before), 8)}${pad(KB(p.total), 8)}  ≤ ${target.islandKB} ${verdict(p.total <= target.islandKB * 1024)}`,
      );
    }
    console.log(
      '  "before": the JavaScript loaded before the reader scrolls to a lesson\'s quiz or first uses a builder (inline included).',
    );
    if (islands.length) {
      summary.push(
        `island pages ≤ ${target.islandKB} KB JS: ${verdict(islands.every((p) => p.total <= target.islandKB * 1024))} ` +
          `(max ${KB(Math.max(...islands.map((p) => p.total)))})`,
      );
    }
  } else {
    await browser.close();
    browser = undefined;
  }

  // Offline
  if (want('offline')) {
    browser = await launch();
    const offline = [];
    for (const locale of locales) offline.push(await offlineRun(browser, server.url, locale));
    await browser.close();
    browser = undefined;
    console.log(
      '\nOffline: what a first visit to /<locale>/ stores in the background once the page is idle (its locale only; KB gzip),' +
        ' then the network cut',
    );
    console.log(
      `${padEnd('locale', 8)}${pad('files', 7)}${pad('precache', 10)}${pad('ready after load', 18)}  ` +
        `${padEnd('unvisited lesson offline', 36)}search offline`,
    );
    for (const o of offline) {
      console.log(
        `${padEnd(o.locale, 8)}${pad(o.files, 7)}${pad(KB(o.bytes), 10)}` +
          `${pad(Number.isFinite(o.readyMs) ? `${o.readyMs.toFixed(0)} ms` : 'never', 18)}  ${padEnd(o.lesson, 36)}${o.search}`,
      );
    }
    console.log(
      "  precache: the files in the locale's sw.js manifest as they travel gzip; ready: load to the footer's" +
        ' "available offline" note. Target: every lesson, quiz, tool and search work offline after the first visit.',
    );
    const works = offline.every((o) => o.lesson.startsWith('opens') && o.search === 'answers');
    summary.push(
      `offline after a first visit (an unvisited lesson, search): ${works ? 'met' : 'over'} ` +
        `(precache max ${KB(Math.max(...offline.map((o) => o.bytes)))} KB, ready within ` +
        `${Math.max(...offline.map((o) => o.readyMs)).toFixed(0)} ms of load)`,
    );
  }

  // Layout shifts, and at 390 px the header's height and a lesson's h1
  if (want('shifts')) {
    browser = await launch();
    const widths = [
      ['390', { width: 390, height: 844 }],
      ['1350', { width: 1350, height: 900 }],
    ];
    const worst = new Map();
    const h1Tops = [];
    for (const locale of locales) {
      for (const { type, path } of sitePages(locale)) {
        for (const [name, viewport] of widths) {
          const key = `${type}|${name}`;
          const { total, details, header, h1 } = await layoutShift(browser, server.url, path, viewport);
          if (!worst.has(key) || total > worst.get(key).total) worst.set(key, { total, locale, details });
          if (name === '390') {
            const tallest = worst.get(`${type}|header`);
            if (!tallest || header > tallest.header) worst.set(`${type}|header`, { header, locale });
            if (h1 !== undefined) h1Tops.push({ locale, h1 });
          }
        }
      }
    }
    await browser.close();
    browser = undefined;
    console.log(
      '\nLayout shifts: sum of shifts without input while loading, hydrating and scrolling, worst locale (target < 0.01)',
    );
    console.log(
      `${padEnd('page type', 28)}${pad('390 px', 10)}${pad('1350 px', 10)}  ${padEnd('worst in', 10)}` +
        `${pad('header at 390 px', 17)}  target ≤ ${target.headerPx} px`,
    );
    let max = 0;
    let tallest = 0;
    for (const { type } of sitePages('en')) {
      const [narrow, wide] = widths.map(([name]) => worst.get(`${type}|${name}`));
      const { header, locale: headerLocale } = worst.get(`${type}|header`);
      max = Math.max(max, narrow.total, wide.total);
      tallest = Math.max(tallest, header);
      const where = narrow.total >= wide.total ? narrow : wide;
      console.log(
        `${padEnd(type, 28)}${pad(narrow.total.toFixed(4), 10)}${pad(wide.total.toFixed(4), 10)}  ` +
          `${padEnd(where.total > 0 ? where.locale : '—', 10)}${pad(`${Math.round(header)} px (${headerLocale})`, 17)}  ` +
          `${verdict(header <= target.headerPx)}`,
      );
      if (where.total >= target.cls) console.log(`    ${where.details.join('\n    ')}`);
    }
    const lowestH1 = h1Tops.reduce((a, b) => (b.h1 > a.h1 ? b : a));
    console.log(
      `  Header: the banner's height at 390 x 844 after load, tallest locale. A lesson's h1 at 390 px starts at ` +
        `${h1Tops.map((t) => `${t.locale} ${Math.round(t.h1)}`).join(', ')} px (target < ${target.h1TopPx}).`,
    );
    summary.push(
      `CLS < ${target.cls} (every page type, 390 and 1350 px): ${verdict(max < target.cls)} (max ${max.toFixed(4)})`,
      `header at 390 px ≤ ${target.headerPx} px: ${verdict(tallest <= target.headerPx)} (max ${Math.round(tallest)})`,
      `lesson h1 top at 390 px < ${target.h1TopPx} px: ${verdict(lowestH1.h1 < target.h1TopPx)} (max ${Math.round(lowestH1.h1)}, ${lowestH1.locale})`,
    );
  }

  // Lighthouse
  const lh = want('lighthouse') ? await loadLighthouse() : { skipped: 'not asked for (BENCH_ONLY)' };
  if (lh.skipped) {
    console.log(`\nLighthouse: skipped: ${lh.skipped}.`);
  } else {
    const lhPaths = locales.flatMap((locale) => [
      `/${locale}/`,
      `/${locale}/lessons/introductions/`,
      `/${locale}/quizzes/intro-decision/`,
      `/${locale}/tools/reconnect/`,
    ]);
    const runs = await lighthouseRuns(lh, server.url, lhPaths, proxy.port);
    console.log(
      '\nLighthouse (mobile: emulated phone, simulated slow 4G, 4x CPU slowdown) — scores 0-100, target 100; LCP target ≤ 0.8 s',
    );
    console.log(
      `${padEnd('page', w + 8)}${['perf', 'a11y', 'b.p.', 'seo'].map((h) => pad(h, 6)).join('')}${pad('LCP s', 8)}${pad('CLS', 8)}${pad('TBT ms', 8)}  below 0.9`,
    );
    for (const r of runs) {
      console.log(
        `${padEnd(r.path, w + 8)}${[r.perf, r.a11y, r.bp, r.seo].map((v) => pad(v, 6)).join('')}` +
          `${pad((r.lcp / 1000).toFixed(2), 8)}${pad(r.cls.toFixed(3), 8)}${pad(Math.round(r.tbt), 8)}  ${r.failing.join(', ') || '—'}`,
      );
    }
    const lowest = (key) => Math.min(...runs.map((r) => r[key]));
    const lessonsAndTools = runs.filter((r) => /\/(lessons|tools)\//.test(r.path));
    summary.push(
      `Lighthouse 100 (perf/a11y/b.p./seo): lowest ${lowest('perf')}/${lowest('a11y')}/${lowest('bp')}/${lowest('seo')}; ` +
        `≥ 99 on lessons and tools: ${verdict(lessonsAndTools.every((r) => Math.min(r.perf, r.a11y, r.bp, r.seo) >= 99))}`,
      `LCP ≤ ${target.lcpMs / 1000} s: ${verdict(Math.max(...runs.map((r) => r.lcp)) <= target.lcpMs)} (max ${(Math.max(...runs.map((r) => r.lcp)) / 1000).toFixed(2)} s)`,
    );
  }

  // Search
  if (want('search')) {
    const results = {};
    for (const locale of locales) {
      results[locale] = { typed: [], burst: [] };
      for (let i = 0; i < runs.typed; i++) {
        for (const [mode, delay] of [
          ['typed', keyDelay],
          ['burst', 0],
        ]) {
          if (i >= runs[mode]) continue;
          try {
            results[locale][mode].push(await searchRun(server.url, locale, delay));
          } catch (error) {
            problems.push(`search ${locale} ${mode} run ${i + 1}: ${error.message.split('\n')[0]}`);
          }
        }
      }
    }

    const f0 = (n) => (Number.isFinite(n) ? n.toFixed(0) : '—');
    const stats = (values) => (values.length ? [median(values), Math.max(...values)] : [NaN, NaN]);
    console.log(`\nSearch in the header of /<locale>/lessons/meeting-goals/, a fresh browser for every run (ms)`);
    console.log(
      `  typed (${runs.typed} runs each): focus, then type the word straight away, ${keyDelay} ms between keys, as a reader would.`,
    );
    console.log(
      "    wait: from the last key's input event to the first result in the list: what the reader waits for.",
    );
    console.log(
      '    1st answer: from focus to the first results for any prefix (Pagefind loaded, index decoded, fragments in);',
    );
    console.log('    while it is below "typing" (focus to last key), the cold start is hidden behind the typing.');
    console.log(
      `  burst (${runs.burst} runs each): focus, then every key at once, before any of Pagefind has loaded: the cold first query.`,
    );
    console.log('    wait as above; from focus: focus to the results, i.e. the whole cold start.');
    console.log(
      `${padEnd('', 22)}${padEnd('typed', 50)}burst\n` +
        `${padEnd('locale', 8)}${padEnd('word', 14)}${pad('wait med', 8)}${pad('max', 6)}  ${padEnd('target', 11)}` +
        `${pad('1st answer', 11)}${pad('typing', 8)}    ${pad('wait med', 8)}${pad('max', 6)}${pad('from focus', 12)}`,
    );
    let typedWorst = 0;
    for (const locale of locales) {
      const { typed, burst } = results[locale];
      const [tMed, tMax] = stats(typed.map((r) => r.afterLastKey));
      const [bMed, bMax] = stats(burst.map((r) => r.afterLastKey));
      typedWorst = Math.max(typedWorst, Number.isFinite(tMax) ? tMax : Infinity);
      console.log(
        `${padEnd(locale, 8)}${padEnd(searchWords[locale], 14)}${pad(f0(tMed), 8)}${pad(f0(tMax), 6)}  ` +
          `${padEnd(`≤ ${target.searchMs} ${Number.isFinite(tMax) ? verdict(tMax <= target.searchMs) : '?'}`, 11)}` +
          `${pad(f0(stats(typed.map((r) => r.firstAnswer))[0]), 11)}${pad(f0(stats(typed.map((r) => r.typing))[0]), 8)}    ` +
          `${pad(f0(bMed), 8)}${pad(f0(bMax), 6)}${pad(f0(stats(burst.map((r) => r.afterFocus))[0]), 12)}`,
      );
    }

    console.log(
      '\nSearch bytes: everything fetched from focus until the result list is complete, typed runs, the median run (KB gzip)',
    );
    const names = searchParts.map(([name]) => name);
    console.log(`${padEnd('locale', 8)}${names.map((n) => pad(n, n.length + 2)).join('')}${pad('total', 8)}  target`);
    let bytesWorst = 0;
    const notes = [];
    for (const locale of locales) {
      const list = results[locale].typed;
      if (!list.length) {
        console.log(`${padEnd(locale, 8)}(no successful run)`);
        bytesWorst = Infinity;
        continue;
      }
      const mid = [...list].sort((x, y) => x.total - y.total)[Math.floor(list.length / 2)];
      bytesWorst = Math.max(bytesWorst, mid.total);
      const totals = list.map((r) => r.total);
      const counts = list.map((r) => r.fragments);
      console.log(
        `${padEnd(locale, 8)}${names.map((n) => pad(KB(mid.parts[n]), n.length + 2)).join('')}${pad(KB(mid.total), 8)}  ` +
          `≤ ~${target.searchKB} ${verdict(mid.total <= target.searchKB * 1024)}`,
      );
      notes.push(
        `${locale} ${KB(Math.min(...totals))}–${KB(Math.max(...totals))} KB, ` +
          `${Math.min(...counts)}–${Math.max(...counts)} fragments`,
      );
      const others = [...new Set(list.flatMap((r) => r.others))];
      if (others.length) notes.push(`${locale} other: ${others.join(', ')}`);
    }
    console.log(`  Across runs: ${notes.join('; ')}.`);
    console.log(
      '  The header shows the first result at once and the other two when typing pauses, so a prefix on the way costs one fragment.',
    );
    summary.push(
      `search ≤ ${target.searchMs} ms after last key: ${verdict(typedWorst <= target.searchMs)} (max ${f0(typedWorst)})`,
      `search ≤ ${target.searchKB} KB: ${verdict(bytesWorst <= target.searchKB * 1024)} (max ${KB(bytesWorst)})`,
    );
  }
} catch (error) {
  problems.push(`aborted: ${error.stack ?? error.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server.stop();
  proxy.close();
}

const hosts = (list) => [...new Set(list)].join(', ');
console.log(
  `\nRequests from the pages outside 127.0.0.1 (blocked): ${external.length}` +
    (external.length ? ` (${hosts(external.map((u) => new URL(u).host))})` : '') +
    `\nConnections refused at the proxy, Chromium's own background traffic included: ${proxy.wanted.length}` +
    (proxy.wanted.length ? ` (${hosts(proxy.wanted)})` : ''),
);
for (const problem of problems) console.log(`! ${problem}`);
console.log(
  `Targets: ${summary.join(' · ') || 'none measured'} · ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
