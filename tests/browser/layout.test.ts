/**
 * The layout as a phone and a desktop reader meet it, in every locale, beyond what the sweep of
 * layout-shift.test.ts checks on each page type at 390 and 1350 px (no shift, no cut word, a
 * one-row header): a lesson's title near the top on a phone; the whole header in one row at
 * 1024 px too; at 390 and 1350 px, no word cut without a hyphen on the pages the sweep leaves out
 * (the language chooser, the 404 page, saved work) and on the builders and the worksheet with
 * their error summaries showing; nothing wider than a 320 px screen and no cut word there, on all
 * of those, menus open or closed. Pages with an island are looked at once it has run (its labels,
 * hints and buttons are its own strings, hyphenated by the page: src/lib/island-strings.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hydrated, locales, useBrowser, watchedPage } from '../support/browser.ts';
import { headerInOneRow } from '../support/header.ts';
import { brokenWords, loaded, pageTypes } from '../support/layout.ts';
import { ui } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const browser = useBrowser();

const phone = { width: 390, height: 844 };
const desktop = { width: 1350, height: 900 };

/** The pages outside the sweep's page types: the language chooser, the 404 page, saved work. */
const otherPages = (locale: Locale) => [
  { type: 'language chooser', path: '/' },
  { type: 'not found', path: `/${locale}/no-such-page/` },
  { type: 'saved work', path: `/${locale}/saved/` },
];
const allPages = (locale: Locale) => [...otherPages(locale), ...pageTypes(locale)];

/**
 * Opens a page as a reader meets it: loaded, every island run and showing what it shows first
 * (a builder its questions, the worksheet its steps, saved work what the browser holds).
 */
async function open(page: Page, locale: Locale, path: string) {
  const t = ui(locale);
  await page.goto(path);
  await loaded(page);
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

/** The name of the button that, pressed with nothing answered, shows a page's error summary. */
function errorsButton(locale: Locale, path: string): string | undefined {
  const t = ui(locale);
  if (path.includes('/tools/worksheet/')) return t.worksheet.actions.next;
  return path.includes('/tools/') ? t.builders.common.write : undefined;
}

/** On a builder or the worksheet: asks to go on with nothing answered, so the error summary shows. */
async function showErrors(page: Page, locale: Locale, path: string): Promise<boolean> {
  const name = errorsButton(locale, path);
  if (!name) return false;
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('alert').waitFor();
  return true;
}

describe.each(locales)('layout in %s', (locale) => {
  it('puts a lesson’s title in the top 200 px of a phone', async () => {
    const { page } = await watchedPage(browser(), { viewport: phone });
    await page.goto(`/${locale}/lessons/introductions/`);
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(title.y).toBeLessThan(200);
  });

  it('shows the whole header in one row at 1024 px', async () => {
    const { page } = await watchedPage(browser(), { viewport: { width: 1024, height: 800 } });
    for (const { path } of pageTypes(locale).slice(0, 2)) {
      await page.goto(path);
      await headerInOneRow(page, locale, path);
    }
  });

  it.each([
    ['390', phone],
    ['1350', desktop],
  ])(
    'cuts no word without a hyphen at %s px on the pages outside the sweep, and with error summaries showing',
    async (_, viewport) => {
      const { page } = await watchedPage(browser(), { viewport });
      const found: string[] = [];
      // The sweep has looked at the page types as they load; here, what only these pages show.
      for (const { type, path } of otherPages(locale)) {
        await open(page, locale, path);
        for (const word of await brokenWords(page)) found.push(`${type}: ${word}`);
      }
      for (const { type, path } of pageTypes(locale).filter(({ path }) => errorsButton(locale, path))) {
        await open(page, locale, path);
        await showErrors(page, locale, path);
        for (const word of await brokenWords(page)) found.push(`${type} with errors: ${word}`);
      }
      expect(found).toEqual([]);
    },
  );

  it('fits a 320 px screen on every page, menu open or closed, without sideways scrolling or cut words', async () => {
    const { page } = await watchedPage(browser(), { viewport: { width: 320, height: 640 } });
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
