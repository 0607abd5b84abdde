/**
 * The layout as a phone and a desktop reader meet it, in every locale: the header is one row, with
 * a lesson's title near the top on a phone; no word is cut without a hyphen; nothing is wider than
 * a 320 px screen. Pages with an island are looked at once it has run (its labels, hints and
 * buttons are its own strings, hyphenated by the page: src/lib/island-strings.ts), and the
 * builders and the worksheet once more with their error summaries showing. (Layout shifts:
 * layout-shift.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hydrated, launch, locales, watchedPage } from '../support/browser.ts';
import { brokenWords, pageTypes } from '../support/layout.ts';
import { ui } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const phone = { width: 390, height: 844 };
const desktop = { width: 1350, height: 900 };

/** Every page type of a locale, the saved-work page included. */
const localePages = (locale: Locale) => [...pageTypes(locale), { type: 'saved work', path: `/${locale}/saved/` }];
/** Those and the pages outside the locales: the language chooser, and the 404 page as this locale's reader meets it. */
const allPages = (locale: Locale) => [
  { type: 'language chooser', path: '/' },
  { type: 'not found', path: `/${locale}/no-such-page/` },
  ...localePages(locale),
];

/**
 * Opens a page as a reader meets it: loaded, every island run and showing what it shows first
 * (a builder its questions, the worksheet its steps, saved work what the browser holds).
 */
async function open(page: Page, locale: Locale, path: string) {
  const t = ui(locale);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await hydrated(page);
  const ready = path.includes('/tools/worksheet/')
    ? page.getByRole('navigation', { name: t.worksheet.progress })
    : path.includes('/tools/')
      ? page.getByRole('form', { name: t.builders.common.answers })
      : path.endsWith('/saved/')
        ? page.getByRole('region', { name: t.saved.island.holdsTitle })
        : undefined;
  await ready?.waitFor();
}

/** On a builder or the worksheet: asks to go on with nothing answered, so the error summary shows. */
async function showErrors(page: Page, locale: Locale, path: string): Promise<boolean> {
  const t = ui(locale);
  const name = path.includes('/tools/worksheet/')
    ? t.worksheet.actions.next
    : path.includes('/tools/')
      ? t.builders.common.write
      : undefined;
  if (!name) return false;
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('alert').waitFor();
  return true;
}

describe.each(locales)('layout in %s', (locale) => {
  it('keeps the header to one row and a lesson’s title in the top 200 px of a phone', async () => {
    const { page } = await watchedPage(browser, { viewport: phone });
    for (const { type, path } of localePages(locale)) {
      await page.goto(path);
      const header = (await page.getByRole('banner').boundingBox())!;
      expect(header.height, `${type}: header height`).toBeLessThanOrEqual(72);
    }
    await page.goto(`/${locale}/lessons/introductions/`);
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(title.y).toBeLessThan(200);
  });

  it.each([1024, 1350])('shows the whole header in one row at %s px', async (width) => {
    const { page } = await watchedPage(browser, { viewport: { width, height: 800 } });
    for (const { path } of pageTypes(locale).slice(0, 2)) {
      await page.goto(path);
      const banner = page.getByRole('banner');
      const parts = [
        banner.getByRole('link', { name: 'Connector' }),
        ...(await banner.getByRole('navigation').first().getByRole('link').all()),
        banner.locator('.language-switcher summary'),
        banner.locator('[data-theme-toggle]'),
        banner.getByRole('searchbox'),
      ];
      const centres: number[] = [];
      for (const part of parts) {
        expect(await part.isVisible()).toBe(true);
        const box = (await part.boundingBox())!;
        centres.push(box.y + box.height / 2);
      }
      expect(Math.max(...centres) - Math.min(...centres), path).toBeLessThan(8);
      expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(72);
    }
  });

  it.each([
    ['390', phone],
    ['1350', desktop],
  ])(
    'cuts no word without a hyphen in headings, links and controls at %s px, islands included',
    async (_, viewport) => {
      const { page } = await watchedPage(browser, { viewport });
      const found: string[] = [];
      for (const { type, path } of allPages(locale)) {
        await open(page, locale, path);
        for (const word of await brokenWords(page)) found.push(`${type}: ${word}`);
        if (await showErrors(page, locale, path))
          for (const word of await brokenWords(page)) found.push(`${type} with errors: ${word}`);
      }
      expect(found).toEqual([]);
    },
  );

  it('fits a 320 px screen on every page type, menu open or closed, without sideways scrolling or cut words', async () => {
    const { page } = await watchedPage(browser, { viewport: { width: 320, height: 640 } });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const { type, path } of allPages(locale)) {
      await open(page, locale, path);
      expect(await overflow(), type).toBeLessThanOrEqual(0);
      expect(await brokenWords(page), type).toEqual([]);
      if (!(await showErrors(page, locale, path))) continue;
      expect(await overflow(), `${type} with errors`).toBeLessThanOrEqual(0);
      expect(await brokenWords(page), `${type} with errors`).toEqual([]);
    }
    for (const name of [ui(locale).nav.menu, ui(locale).nav.search]) {
      await page.getByRole('banner').getByRole('button', { name }).click();
      expect(await overflow(), `${name} open`).toBeLessThanOrEqual(0);
    }
  });
});
