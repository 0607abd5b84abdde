/**
 * Offline reading, in the build under /connector/ (so the workers' scopes and URLs carry the
 * base): a first visit stores the reader's language, then with the connection gone an unvisited
 * lesson, its quiz, a tool and search all work; a new deploy offers a reload and replaces the
 * worker. Served by support/static-server.mjs with the build's _headers, as a host would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hydrated, useBrowser } from '../support/browser.ts';
import { deployContext, serveSubPath, subPath } from '../support/deploy.ts';
import { readMdx } from '../support/content.ts';
import { searchWords } from '../fixtures/search.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';

const browser = useBrowser();
let server: Awaited<ReturnType<typeof serveSubPath>>;
beforeAll(async () => {
  server = await serveSubPath();
});
afterAll(async () => {
  await server?.stop();
});

/** The footer's note, once the locale's worker has stored everything. */
const offlineNote = (page: Page, locale: 'en' | 'de' | 'fi' | 'sv') =>
  page.getByRole('contentinfo').getByText(dictionaries[locale].offline.ready);

/** The URLs in this origin's caches, as paths. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });

describe('offline after the first visit', () => {
  it('opens an unvisited lesson, its quiz, a tool and search with the connection gone', async () => {
    const { context, page, problems, external } = await deployContext(browser(), server.origin);
    const en = dictionaries.en;
    await page.goto(`${server.url}/en/`);
    await offlineNote(page, 'en').waitFor({ timeout: 30_000 });

    // Only this language was stored, and only from this origin.
    const cached = await cachedPaths(page);
    expect(cached.some((url) => url.includes('/connector/en/lessons/reconnecting/'))).toBe(true);
    expect(cached.filter((url) => /\/connector\/(de|fi|sv)\//.test(url))).toEqual([]);
    expect(cached.filter((url) => /pagefind\/(index|fragment)\/(de|fi|sv)_/.test(url))).toEqual([]);
    expect(cached.every((url) => url.startsWith(`${server.origin}/connector/`))).toBe(true);

    await context.setOffline(true);
    const title = readMdx('lessons', 'en', 'reconnecting.mdx').data.title as string;
    await page.goto(`${server.url}/en/lessons/reconnecting/`);
    expect(withoutSoftHyphens((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')).toBe(title);
    // The lesson's quiz hydrates from the cache as the reader scrolls to it.
    await page.getByRole('heading', { name: en.quiz.lessonQuiz }).scrollIntoViewIfNeeded();
    await hydrated(page, { scroll: false, timeout: 30_000 });
    expect(await page.getByRole('region', { name: en.quiz.lessonQuiz }).getByRole('button').count()).toBeGreaterThan(0);

    await page.goto(`${server.url}/en/tools/contact-request/`);
    await hydrated(page, { scroll: false, timeout: 30_000 });
    expect(withoutSoftHyphens((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')).toBe(
      en.tools['contact-request'].name,
    );

    // Search: the page's own field, query in the URL, results from the cached index.
    await page.goto(`${server.url}/en/search/?q=${encodeURIComponent(searchWords.en)}`);
    const search = page.getByRole('search', { name: en.search.pageTitle });
    const first = search.getByRole('listitem').first();
    await first.waitFor();
    const href = (await first.getByRole('link').getAttribute('href'))!;
    await first.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === href.split('#')[0]);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);

    // Another language was never visited, so it is not there offline.
    expect(await page.goto(`${server.url}/de/`).catch(() => null)).toBeNull();
    await context.setOffline(false);
    expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('offers a reload after a new deploy, and the new worker takes over', async () => {
    const { context, page, problems } = await deployContext(browser(), server.origin);
    const sv = dictionaries.sv.offline;
    await page.goto(`${server.url}/sv/glossary/`);
    await offlineNote(page, 'sv').waitFor({ timeout: 30_000 });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const notice = page.getByRole('status').filter({ hasText: sv.updated });
    expect(await notice.count()).toBe(0);
    expect(await page.getByRole('button', { name: sv.reload }).count()).toBe(0);

    // A new deploy: the worker's bytes change, so the browser installs it on the next visit.
    const worker = readFileSync(join(subPath.dir, 'sv/sw.js'), 'utf8');
    server.override('/connector/sv/sw.js', `${worker}\n// the next deploy\n`);
    await page.goto(`${server.url}/sv/`);
    await notice.waitFor({ timeout: 30_000 });
    const reload = page.getByRole('button', { name: sv.reload });
    expect(await reload.isVisible()).toBe(true);
    await Promise.all([page.waitForEvent('load'), reload.click()]);

    // After the reload the new worker controls the page, and nothing waits any more.
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(registration?.waiting), active: registration?.active?.state };
    });
    expect(state).toEqual({ waiting: false, active: 'activated' });
    expect(await page.getByRole('status').filter({ hasText: sv.updated }).count()).toBe(0);
    await offlineNote(page, 'sv').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
