/**
 * Opening pages the way the browser tests need them: the system Chromium, every request outside
 * 127.0.0.1 blocked and recorded, and console errors, page errors and CSP violations collected so a
 * test can assert there were none.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs } from './chromium.mjs';

export const baseUrl = inject('baseUrl');
export { locales } from '../../src/i18n/locales.ts';

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations, in order. */
  problems: string[];
  /** Every request that tried to leave 127.0.0.1. */
  external: string[];
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromePath'), args: chromiumArgs });
}

export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  // Service workers are blocked unless a test asks for them (the offline tests do, through
  // support/deploy.ts): registering one would precache a whole locale in every fresh context, and
  // requests a worker answers bypass the routing below.
  const context = await browser.newContext({ baseURL: baseUrl, serviceWorkers: 'block', ...options });
  const problems: string[] = [];
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  // A CSP violation also reaches the console, but the event says exactly what was blocked.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return { page, context, problems, external };
}

/**
 * Waits until every island on the page has hydrated: scrolls to the end first, so islands that
 * hydrate only when they come into view (the lesson quiz) do so too, then back to the top. Astro
 * removes an island's `ssr` attribute once it has rendered in the browser.
 */
export async function hydrated(page: Page, timeout = 10_000): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
    timeout,
  });
  await page.evaluate(() => window.scrollTo(0, 0));
}
