/**
 * The site built under a sub-path (`npm run build:base`: base `/connector/`, into dist-base/) and
 * served there by a static host: a reader clicks through it and searches it, and nothing it loads
 * or links to misses the base.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hydrated, useBrowser } from '../support/browser.ts';
import { deployContext, serveSubPath } from '../support/deploy.ts';
import { readMdx } from '../support/content.ts';
import { searchWords } from '../fixtures/search.ts';
import { dictionaries, localeNames } from '../../src/i18n/index.ts';
import { withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';

const browser = useBrowser();
let server: Awaited<ReturnType<typeof serveSubPath>>;
beforeAll(async () => {
  server = await serveSubPath();
});
afterAll(async () => {
  await server?.stop();
});

const path = (url: string) => new URL(url).pathname;

describe('a deploy under /connector/', () => {
  it('is clicked through from the chooser, across languages, to search results', async () => {
    const { page, problems, external, failed } = await deployContext(browser(), server.origin);
    const start = server.requests.length;
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: new RegExp(localeNames.de) }).click();
    await page.waitForURL((url) => url.pathname === '/connector/de/');

    const de = dictionaries.de;
    const lesson = readMdx('lessons', 'de', 'introductions.mdx').data.title as string;
    await page.getByRole('link', { name: lesson, exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === '/connector/de/lessons/introductions/');
    expect(withoutSoftHyphens((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')).toBe(lesson);

    // The language switcher keeps the page and the base.
    // On a desktop the languages sit in a compact dropdown: open it, then choose.
    const languages = page.getByRole('navigation', { name: de.language.label });
    await languages.getByText(localeNames.de).first().click();
    await languages.getByRole('link', { name: localeNames.fi }).click();
    await page.waitForURL((url) => url.pathname === '/connector/fi/lessons/introductions/');
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');

    const fi = dictionaries.fi;
    await page.getByRole('navigation', { name: fi.a11y.mainNav }).getByRole('link', { name: fi.nav.glossary }).click();
    await page.waitForURL((url) => url.pathname === '/connector/fi/glossary/');

    // Search loads Pagefind from under the base, and its results link under the base.
    const field = page.getByRole('search', { name: fi.search.label }).getByRole('searchbox');
    await field.focus();
    await field.pressSequentially(searchWords.fi);
    const first = page.getByRole('search', { name: fi.search.label }).getByRole('listitem').first();
    await first.waitFor();
    const href = (await first.getByRole('link').getAttribute('href'))!;
    expect(href).toMatch(/^\/connector\/fi\/lessons\//);
    await first.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === href.split('#')[0]);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);

    // The search page, with the query in its URL.
    await page.goto(`${server.url}/sv/search/?q=${encodeURIComponent(searchWords.sv)}`);
    const results = page.getByRole('search', { name: dictionaries.sv.search.pageTitle });
    await results.getByRole('listitem').first().waitFor();
    for (const link of await results.getByRole('link').all()) {
      expect(await link.getAttribute('href')).toMatch(/^\/connector\/sv\//);
    }

    expect(failed).toEqual([]);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
    // Every file the pages asked for lay under the base.
    expect(server.requests.slice(start).filter((p) => !p.startsWith('/connector/'))).toEqual([]);
  });

  it('hydrates the islands, serves the manifest and shows the 404 in the language of the address', async () => {
    const { page, problems, failed } = await deployContext(browser(), server.origin);
    await page.goto(`${server.url}/en/tools/reconnect/`);
    await hydrated(page, { scroll: false, timeout: 30_000 });
    await page.goto(`${server.url}/en/quizzes/intro-decision/`);
    await hydrated(page, { scroll: false, timeout: 30_000 });
    expect(await page.locator('astro-island').count()).toBeGreaterThan(0);

    // Linked once the page has loaded, with the service worker (src/scripts/offline.ts).
    const manifestHref = (await page.locator('link[rel="manifest"]').getAttribute('href', { timeout: 10_000 }))!;
    expect(manifestHref).toBe('/connector/en/manifest.webmanifest');
    const manifest = await (await page.request.get(`${server.origin}${manifestHref}`)).json();
    expect(manifest.start_url).toBe('/connector/en/');
    expect(manifest.scope).toBe('/connector/en/');
    for (const icon of manifest.icons) {
      expect((await page.request.get(`${server.origin}${icon.src}`)).status(), icon.src).toBe(200);
    }
    // Chromium's own verdict on installing it (test contexts are always incognito, which it names).
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    expect(failed).toEqual([]);

    const response = await page.goto(`${server.url}/de/no-such-page/`);
    expect(response?.status()).toBe(404);
    const de = dictionaries.de.notFound;
    await expect.poll(() => page.getByRole('heading', { name: de.title }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: de.home }).getAttribute('href')).toBe('/connector/de/');
    expect(path(page.url())).toBe('/connector/de/no-such-page/');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });
});
