/** Searching in each language: from the header, on the search page, by keyboard. */
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { locales, useBrowser, watchedPage } from '../support/browser.ts';
import { searchWords } from '../fixtures/search.ts';
import { ui } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { SOFT_HYPHEN } from '../../src/lib/soft-hyphens.ts';
import { toolIds, toolPaths } from '../../src/tools.ts';
import { readYaml } from '../support/content.ts';

const browser = useBrowser();

/** The header's search (its field, its results under it), named as the dictionary names it. */
const headerSearch = (page: Page, locale: Locale = 'en') =>
  page.getByRole('banner').getByRole('search', { name: ui(locale).search.label });
/** The search page's own search, with its results. */
const pageSearch = (page: Page, locale: Locale = 'en') =>
  page.getByRole('search', { name: ui(locale).search.pageTitle, exact: true });
/** The results under the header's field: a list, shown while there are results to show. */
const headerResults = (page: Page, locale: Locale = 'en') => headerSearch(page, locale).getByRole('list');

describe.each(locales)('search in %s', (locale) => {
  it('loads nothing until the field is used, then finds a lesson and opens the section', async () => {
    const { page, problems, external } = await watchedPage(browser());
    const requests: string[] = [];
    page.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`/${locale}/glossary/`);
    expect(requests.filter((path) => path.includes('pagefind'))).toEqual([]);

    const field = headerSearch(page, locale).getByRole('searchbox');
    await field.focus();
    await field.pressSequentially(searchWords[locale]);
    const first = headerResults(page, locale).getByRole('listitem').first();
    await first.waitFor();
    expect(await headerSearch(page, locale).getByRole('status').textContent()).toMatch(/\d/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    // Only this language's index was fetched.
    const wasm = requests.filter((path) => path.endsWith('.pagefind'));
    expect(wasm).toEqual([`/pagefind/wasm.${locale}.pagefind`]);
    expect(
      requests.filter((path) => /pagefind\.(\w+)_/.test(path)).every((path) => path.includes(`pagefind.${locale}_`)),
    ).toBe(true);

    const href = (await first.getByRole('link').getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/${locale}/`));
    await first.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === href.split('#')[0]);
    if (href.includes('#'))
      expect(await page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`).count()).toBe(1);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('has a search page whose query lives in the URL and survives Back', async () => {
    const { page, problems } = await watchedPage(browser());
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(searchWords[locale])}`);
    const form = pageSearch(page, locale);
    await form.getByRole('listitem').first().waitFor();
    expect(await form.getByRole('searchbox').inputValue()).toBe(searchWords[locale]);
    expect(await page.title()).toContain(searchWords[locale]);

    const field = form.getByRole('searchbox');
    await field.fill('');
    await field.pressSequentially('zzzqqq');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('zzzqqq');
    await expect.poll(() => form.getByRole('status').textContent()).toContain('zzzqqq');
    expect(await form.getByRole('listitem').count()).toBe(0);

    await page.goBack();
    await expect.poll(() => field.inputValue()).toBe(searchWords[locale]);
    await form.getByRole('listitem').first().waitFor();
    expect(problems).toEqual([]);
  });
});

describe('search by keyboard', () => {
  it('focuses with /, moves through results with the arrows, closes with Escape, opens with Enter', async () => {
    const { page, problems } = await watchedPage(browser());
    await page.goto('/en/lessons/meeting-goals/');
    await page.keyboard.press('/');
    const field = headerSearch(page).getByRole('searchbox');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(searchWords.en);
    const results = headerResults(page);
    await results.getByRole('listitem').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await results.isVisible()).toBe(false);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    // The first Escape keeps the query; with the results closed, a second one empties the field
    // (the browser's own behaviour), and typing again reopens the results.
    expect(await field.inputValue()).toBe(searchWords.en);
    await page.keyboard.press('Escape');
    expect(await field.inputValue()).toBe('');
    await page.keyboard.type(searchWords.en);
    await results.getByRole('listitem').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/^\/en\//);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === focused!.split('#')[0]);
    expect(problems).toEqual([]);
  });

  it('sends the header search to the search page on Enter', async () => {
    const { page } = await watchedPage(browser());
    await page.goto('/de/');
    await headerSearch(page, 'de').getByRole('searchbox').fill('Kontaktanfrage');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/de/search/?q=Kontaktanfrage');
    await pageSearch(page, 'de').getByRole('listitem').first().waitFor();
  });
});

describe.each(locales)('what search finds in %s', (locale) => {
  const t = ui(locale);

  /** The search page's results for `query`: each result's kind, title and link, in order. */
  async function results(page: import('playwright-core').Page, query: string) {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    const list = pageSearch(page, locale).getByRole('listitem');
    await list.first().waitFor();
    return Promise.all(
      (await list.all()).map(async (item) => ({
        kind: (await item.locator('.search__kind').textContent()) ?? '',
        title: (await item.locator('.search__title').textContent()) ?? '',
        href: (await item.getByRole('link').getAttribute('href')) ?? '',
        text: await item.innerText(),
      })),
    );
  }

  it('lists each tool first when its name is searched, and says it is a tool', async () => {
    const { page, problems } = await watchedPage(browser());
    for (const id of toolIds.filter((tool) => toolPaths[tool]?.startsWith('/tools/'))) {
      const [first] = await results(page, t.tools[id].name);
      expect(first, id).toMatchObject({ kind: t.search.kinds.tool, title: t.tools[id].name });
      expect(first!.href).toBe(`/${locale}${toolPaths[id]}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists a quiz page first when its title is searched, and says it is a quiz', async () => {
    const { page } = await watchedPage(browser());
    const quiz = readYaml('quizzes', locale, 'intro-decision.yaml') as {
      title: string;
      questions: Array<{ scenario: string }>;
    };
    const [first] = await results(page, quiz.title);
    expect(first).toMatchObject({ kind: t.search.kinds.quiz, title: quiz.title });
    expect(first!.href).toBe(`/${locale}/quizzes/intro-decision/`);
  });

  it('names the kind of every result, lessons and glossary included, with no soft hyphen in what it shows', async () => {
    const { page } = await watchedPage(browser());
    const found = await results(page, searchWords[locale]);
    const kinds = Object.values(t.search.kinds);
    for (const result of found) expect(kinds, result.title).toContain(result.kind);
    expect(found.map((r) => r.kind)).toContain(t.search.kinds.lesson);
    for (const result of found) expect(result.text, result.title).not.toContain(SOFT_HYPHEN);
  });
});

describe('search finds what readers look for', () => {
  it.each([
    ['en', 'worksheet', '/en/tools/worksheet/', true],
    ['en', 'composer', '/en/tools/contact-request/', true],
    ['de', 'Kontaktanfrage', '/de/tools/contact-request/', false],
  ] as const)('%s: “%s” finds %s', async (locale, query, path, first) => {
    const { page } = await watchedPage(browser());
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    const links = pageSearch(page, locale).getByRole('listitem').getByRole('link');
    await links.first().waitFor();
    const hrefs = await Promise.all((await links.all()).map((link) => link.getAttribute('href')));
    if (first) expect(hrefs[0]).toBe(path);
    else expect(hrefs).toContain(path);
  });

  it('finds a hyphenated compound by the whole word, and shows it whole', async () => {
    const { page } = await watchedPage(browser());
    // "Kontaktanfragen" is hyphenated on the lesson page (Kon-takt-an-fra-gen).
    await page.goto('/de/search/?q=Kontaktanfragen');
    const first = pageSearch(page, 'de').getByRole('listitem').first();
    await first.waitFor();
    expect((await first.locator('mark').allTextContents()).join(' ')).toMatch(/Kontaktanfrage/i);
    expect(await first.innerText()).not.toContain(SOFT_HYPHEN);
  });
});

describe('search and Escape', () => {
  it('closes the results at the first Escape, from a result too, and keeps them closed until typing', async () => {
    const { page, problems } = await watchedPage(browser());
    await page.goto('/en/glossary/');
    const field = headerSearch(page).getByRole('searchbox');
    const results = headerResults(page);
    await field.focus();
    await page.keyboard.type(searchWords.en);
    await results.getByRole('listitem').first().waitFor();

    // From a result link: one Escape closes them and puts the caret back in the field.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.keyboard.press('Escape');
    expect(await results.isVisible()).toBe(false);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe(searchWords.en);
    // Leaving the field and coming back does not bring them back.
    await page.getByRole('heading', { level: 1 }).click();
    await field.focus();
    await page.waitForTimeout(300);
    expect(await results.isVisible()).toBe(false);
    // Typing does.
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await results.getByRole('listitem').first().waitFor();
    expect(await results.isVisible()).toBe(true);

    // From the field itself: the same, and the query stays.
    await page.keyboard.press('Escape');
    expect(await results.isVisible()).toBe(false);
    expect(await field.inputValue()).toBe(searchWords.en.slice(0, -1));
    await page.waitForTimeout(300);
    expect(await results.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });
});
