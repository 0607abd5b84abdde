/**
 * The layout as a phone and a desktop reader meet it, in every locale, beyond what the sweep of
 * layout-shift.test.ts checks on every page at 390 and 1350 px (no shift, no cut word, a one-row
 * header): a lesson's title near the top on a phone; the whole header in one row at 1024 px too;
 * nothing wider than a 320 px screen and no word cut without a hyphen there, on every page, with
 * the builders' and the worksheet's error summaries showing too, menus open or closed. Pages with
 * an island are looked at once it has run.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hydrated, locales, useBrowser, watchedPage } from '../support/browser.ts';
import { headerInOneRow } from '../support/header.ts';
import { brokenWords, loaded, otherPages, pageTypes, showErrors } from '../support/layout.ts';
import { ui } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const browser = useBrowser();

const phone = { width: 390, height: 844 };

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
