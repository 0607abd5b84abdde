/**
 * The layout as a phone and a desktop reader meet it, in every locale: the header is one row, with
 * a lesson's title near the top on a phone; no word is cut without a hyphen; nothing is wider than
 * a 320 px screen. (Layout shifts: layout-shift.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { locales, useBrowser, watchedPage } from '../support/browser.ts';
import { brokenWords, pageTypes } from '../support/layout.ts';
import { ui } from '../../src/i18n/index.ts';

const browser = useBrowser();

const phone = { width: 390, height: 844 };
const desktop = { width: 1350, height: 900 };

describe.each(locales)('layout in %s', (locale) => {
  it('keeps the header to one row and a lesson’s title in the top 200 px of a phone', async () => {
    const { page } = await watchedPage(browser(), { viewport: phone });
    for (const { type, path } of pageTypes(locale)) {
      await page.goto(path);
      const header = (await page.getByRole('banner').boundingBox())!;
      expect(header.height, `${type}: header height`).toBeLessThanOrEqual(72);
    }
    await page.goto(`/${locale}/lessons/introductions/`);
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(title.y).toBeLessThan(200);
  });

  it.each([1024, 1350])('shows the whole header in one row at %s px', async (width) => {
    const { page } = await watchedPage(browser(), { viewport: { width, height: 800 } });
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
  ])('cuts no word without a hyphen in headings, links and controls at %s px', async (_, viewport) => {
    const { page } = await watchedPage(browser(), { viewport });
    const found: string[] = [];
    for (const { type, path } of pageTypes(locale)) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      for (const word of await brokenWords(page)) found.push(`${type}: ${word}`);
    }
    expect(found).toEqual([]);
  });

  it('fits a 320 px screen on every page type, menu open or closed, without sideways scrolling or cut words', async () => {
    const { page } = await watchedPage(browser(), { viewport: { width: 320, height: 640 } });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const { type, path } of pageTypes(locale)) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await overflow(), type).toBeLessThanOrEqual(0);
      expect(await brokenWords(page), type).toEqual([]);
    }
    for (const name of [ui(locale).nav.menu, ui(locale).nav.search]) {
      await page.getByRole('banner').getByRole('button', { name }).click();
      expect(await overflow(), `${name} open`).toBeLessThanOrEqual(0);
    }
  });
});
