/**
 * The requests a page has in flight, for a test that needs the network to be quiet before it
 * measures. Playwright's `networkidle` waits for half a second without a request, and only once per
 * navigation: a second wait after a click returns at once, whatever the click fetched. Here every
 * request is counted from the page's first, so a test waits exactly until the last one is done.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';

const inFlight = new WeakMap<Page, Set<Request>>();

/** Starts counting the page's requests; called for every page `watchedPage` opens. Idempotent. */
export function trackRequests(page: Page): void {
  if (inFlight.has(page)) return;
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  page.on('request', (request) => pending.add(request));
  // A redirect finishes its first request and starts another: both events come.
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));

/**
 * Waits until the page has no request in flight over two frames in a row (a script that runs
 * when a chunk arrives may ask for the next one in the frame after). Fails naming what is still
 * loading after `timeout` ms.
 */
export async function networkQuiet(page: Page, { timeout = 15_000 } = {}): Promise<void> {
  const pending = inFlight.get(page);
  if (!pending) throw new Error('networkQuiet: call trackRequests(page) before the page loads');
  const deadline = Date.now() + timeout;
  for (let quiet = 0; quiet < 2;) {
    if (Date.now() > deadline)
      throw new Error(`the network is still busy: ${[...pending].map((request) => request.url()).join(', ')}`);
    await nextFrame(page);
    quiet = pending.size === 0 ? quiet + 1 : 0;
  }
}

/**
 * Holds back every request of `context` to `url` until the returned function is called: for a test
 * of what a page does before an island's code has arrived.
 */
export async function holdBack(context: BrowserContext, url: string | RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
