/** Searching in each language: from the header, on the search page, by keyboard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Request } from 'playwright-core';
import { launch, locales, watchedPage } from '../support/browser.ts';
import { searchWords } from '../fixtures/search.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(locales)('search in %s', (locale) => {
  it('loads nothing until the field is used, then finds a lesson and opens the section', async () => {
    const { page, problems, external } = await watchedPage(browser);
    const requests: string[] = [];
    page.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`/${locale}/glossary/`);
    expect(requests.filter((path) => path.includes('pagefind'))).toEqual([]);

    const field = page.getByRole('search').first().getByRole('searchbox');
    await field.focus();
    await field.pressSequentially(searchWords[locale]);
    const results = page.locator('#search-header-results');
    const first = results.getByRole('listitem').first();
    await first.waitFor();
    expect(await results.getByRole('status').textContent()).toMatch(/\d/);
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
    const { page, problems } = await watchedPage(browser);
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(searchWords[locale])}`);
    const form = page.locator('form[data-search="page"]');
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
    const { page, problems } = await watchedPage(browser);
    await page.goto('/en/lessons/meeting-goals/');
    await page.keyboard.press('/');
    const field = page.locator('#search-header');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(searchWords.en);
    const results = page.locator('#search-header-results');
    await results.getByRole('listitem').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await results.isVisible()).toBe(false);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    // The browser empties a search field on Escape too; typing again reopens the results.
    await field.fill('');
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
    const { page } = await watchedPage(browser);
    await page.goto('/de/');
    await page.locator('#search-header').fill('Kontaktanfrage');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/de/search/?q=Kontaktanfrage');
    await page.locator('form[data-search="page"]').getByRole('listitem').first().waitFor();
  });
});
