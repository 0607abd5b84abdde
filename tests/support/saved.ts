/**
 * The saved work of the browser tests' pages: what a test puts into a fresh browser's localStorage
 * before its first page opens, a browser that blocks storage, and what the page has stored (its
 * records by kind, the texts it set aside as unreadable). The keys are the storage layer's
 * (src/lib/storage.ts): `connector:record:<kind>:<id>` and `connector:aside:<id>`.
 */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * The browser's localStorage holds `entries` when its first page opens, and not again after a
 * reload (the page's own changes are what a reload must find).
 */
export async function seedStorage(context: BrowserContext, entries: Record<string, string>): Promise<void> {
  await context.addInitScript((seed) => {
    // Only the site's pages: a new tab's about:blank may not touch storage.
    if (!location.protocol.startsWith('http') || sessionStorage.getItem('seeded')) return;
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, entries);
}

/** The browser refuses localStorage, as one with storage blocked for the site does. */
export async function blockStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is blocked', 'SecurityError');
      },
    });
  });
}

/** Everything in the page's localStorage. */
export const storedEntries = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

/** The live records of a kind (deletions left out), by id, as their data. */
export async function storedRecords(page: Page, kind: string): Promise<Record<string, any>> {
  const found: Record<string, any> = {};
  for (const [key, value] of Object.entries(await storedEntries(page))) {
    if (!key.startsWith(`connector:record:${kind}:`)) continue;
    const parsed = JSON.parse(value);
    if (!parsed.deleted) found[parsed.id] = parsed.data;
  }
  return found;
}

/** The texts set aside as unreadable, each exactly as it was found, sorted. */
export async function setAside(page: Page): Promise<string[]> {
  return Object.entries(await storedEntries(page))
    .filter(([key]) => key.startsWith('connector:aside:'))
    .map(([, value]) => JSON.parse(value).text as string)
    .sort();
}
