/**
 * Opening pages the way the browser tests need them: the system Chromium, one for the whole run
 * (support/global-setup.ts starts it; each test file connects with `useBrowser`; a file that reads
 * the clipboard starts one more of its own, see `context`), every request outside 127.0.0.1
 * recorded (the run's browser resolves no other host, so none gets out), and console errors, page
 * errors and CSP violations collected so a test can assert there were none.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { trackRequests } from './network.ts';
import { scrollInstantly, useIslands } from './layout.ts';
import { ensureChromium, launchTestBrowser } from './chromium.mjs';

export const baseUrl = inject('baseUrl');
export { locales } from '../../src/i18n/locales.ts';

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations, in order. */
  problems: string[];
  /** Every request that tried to leave 127.0.0.1 (and failed: no other host resolves). */
  external: string[];
}

/** Every context a test opened, closed when the test ends (see `useBrowser`). */
const opened = new Set<BrowserContext>();

/**
 * The browser of a test file, called at the top of the file: a connection to the run's one
 * Chromium (launching one per file cost more than some files' tests), made before the file's
 * tests and closed after them. Every context a test opens through `context`, `watchedPage` or
 * `deployContext` is closed when the test ends, so no page of one test goes on running (and using
 * the CPU) during the next. Returns a getter for the browser, for the tests to call.
 *
 * A connected browser hands downloads over the connection: read them with `downloaded`
 * (support/files.ts), since `download.path()` works only for a browser launched in the process.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    const own = await clipboardBrowser;
    clipboardBrowser = undefined;
    await own?.close();
  });
  afterEach(async () => {
    const contexts = [...opened];
    opened.clear();
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is there only while the file’s tests run');
    return browser;
  };
}

/**
 * The file's own browser, for contexts that may read the clipboard: Chromium has one clipboard per
 * browser, and two files that copy at once in the run's shared browser read each other's text.
 * Started on first use and stopped after the file's tests (a launch costs about half a second).
 */
let clipboardBrowser: Promise<{ browser: Browser; close: () => Promise<void> }> | undefined;

async function ownBrowser(): Promise<Browser> {
  clipboardBrowser ??= (async () => {
    const server = await launchTestBrowser(chromium, ensureChromium());
    const browser = await chromium.connect(server.wsEndpoint());
    return { browser, close: () => browser.close().then(() => server.close()) };
  })();
  return (await clipboardBrowser).browser;
}

/** A new context, closed when the test ends; one that may read the clipboard in the file's own browser. */
export async function context(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const readsClipboard = options.permissions?.includes('clipboard-read');
  const created = await (readsClipboard ? await ownBrowser() : browser).newContext(options);
  opened.add(created);
  created.once('close', () => opened.delete(created));
  return created;
}

/**
 * Collects what goes wrong in a context's pages: console errors, uncaught exceptions and CSP
 * violations (a violation reaches the console too, but the event says exactly what was blocked).
 */
export async function watchProblems(target: BrowserContext, problems: string[]): Promise<void> {
  await target.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const watch = (page: Page) => {
    trackRequests(page);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  };
  target.on('page', watch);
}

export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  // Service workers are blocked unless a test asks for them (the offline tests do, through
  // support/deploy.ts): registering one would precache a whole locale in every fresh context.
  // The reader asks for reduced motion: the site's one animation is its smooth scrolling, and a
  // step that scrolled (a link to a section, an error summary's focus) waited for it to end.
  const created = await context(browser, {
    baseURL: baseUrl,
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
    ...options,
  });
  const problems: string[] = [];
  const external: string[] = [];
  // Watched, not routed: routing every request would switch the context's cache off, and a sweep
  // would fetch and compile React again on every page.
  created.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && !/^(data|blob):$/.test(url.protocol)) external.push(url.href);
  });
  await watchProblems(created, problems);
  const page = await created.newPage();
  return { page, context: created, problems, external };
}

/**
 * Waits until every island on the page has hydrated, those that wait for a reader's use started
 * first (useIslands). With `scroll` (the default), scrolls to the end first, so islands that
 * hydrate only when they come into view (the lesson quiz) do so too, then back to the top. Astro
 * removes an island's `ssr` attribute once it has rendered in the browser.
 */
export async function hydrated(page: Page, { timeout = 10_000, scroll = true } = {}): Promise<void> {
  if (scroll) await scrollInstantly(page, await page.evaluate(() => document.documentElement.scrollHeight));
  await useIslands(page);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
    timeout,
  });
  if (scroll) await scrollInstantly(page, 0);
}

/** Context options for a test that copies: the page may write to the clipboard and read it back. */
export const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
export const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/**
 * Types into the focused field as a keyboard user would, at test speed: the first word key by key
 * (so the field takes real key presses), the rest as one text input, as a keyboard's word
 * suggestion or dictation puts it in. A key press costs 12 ms or more, and the flows type some
 * hundreds of characters a page; the field sees the same input events either way.
 */
export async function typeText(page: Page, text: string): Promise<void> {
  const [first = ''] = /^\S*\s?/u.exec(text) ?? [];
  const keys = [...first].slice(0, 12).join('');
  await page.keyboard.type(keys);
  if (text.length > keys.length) await page.keyboard.insertText(text.slice(keys.length));
}

/** Whether the element is the one with focus. */
export const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
