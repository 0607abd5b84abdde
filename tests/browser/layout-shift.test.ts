/**
 * Nothing moves while a page loads, hydrates its islands and is scrolled to the end, on every page
 * type (home, a lesson with its quiz, a quiz page, each tool, search with results, the glossary),
 * at 390 and 1350 px, in every locale: a layout-shift observer from before the first script, and
 * the shifts without input summed (at least the page's CLS), below 0.01.
 */
import { describe, expect, it } from 'vitest';
import { locales, useBrowser, watchedPage } from '../support/browser.ts';
import { pageTypes, recordShifts, settle, shifts } from '../support/layout.ts';

const browser = useBrowser();

const phone = { width: 390, height: 844 };
const desktop = { width: 1350, height: 900 };

describe.each(locales)('layout shifts in %s', (locale) => {
  it.each([
    ['390', phone],
    ['1350', desktop],
  ])('moves nothing on any page type at %s px, loading and scrolling (CLS < 0.01)', async (_, viewport) => {
    const { page, context, problems } = await watchedPage(browser(), { viewport });
    await context.addInitScript(recordShifts);
    const found: string[] = [];
    for (const { type, path } of pageTypes(locale)) {
      await page.goto(path);
      await settle(page);
      const { total, details } = await shifts(page);
      if (total >= 0.01) found.push(`${type} ${path}: ${total.toFixed(4)} (${details.join('; ')})`);
    }
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });
});
