/**
 * The layout as a phone and a desktop reader meet it, in every locale, beyond what the sweep of
 * layout-shift.test.ts checks on each page type at 390 and 1350 px (no shift, no cut word, a
 * one-row header): a lesson's title near the top on a phone; the whole header in one row at
 * 1024 px too; nothing wider than a 320 px screen and no cut word there, menus open or closed.
 */
import { describe, expect, it } from 'vitest';
import { locales, useBrowser, watchedPage } from '../support/browser.ts';
import { headerInOneRow } from '../support/header.ts';
import { brokenWords, loaded, pageTypes } from '../support/layout.ts';
import { ui } from '../../src/i18n/index.ts';

const browser = useBrowser();

const phone = { width: 390, height: 844 };

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

  it('fits a 320 px screen on every page type, menu open or closed, without sideways scrolling or cut words', async () => {
    const { page } = await watchedPage(browser(), { viewport: { width: 320, height: 640 } });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const { type, path } of pageTypes(locale)) {
      await page.goto(path);
      await loaded(page);
      expect(await overflow(), type).toBeLessThanOrEqual(0);
      expect(await brokenWords(page), type).toEqual([]);
    }
    for (const name of [ui(locale).nav.menu, ui(locale).nav.search]) {
      await page.getByRole('banner').getByRole('button', { name }).click();
      expect(await overflow(), `${name} open`).toBeLessThanOrEqual(0);
    }
  });
});
