/**
 * Every page type (home, a lesson with its quiz, a quiz page, each tool, search with results, the
 * glossary) and the pages outside them (the language chooser, the 404 page, saved work) at 390
 * and 1350 px, in every locale, loaded once and checked for what its layout does while it loads,
 * hydrates its islands and is scrolled to the end:
 * - nothing moves: a layout-shift observer from before the first script, and the shifts without
 *   input summed (at least the page's CLS), below 0.01, a builder's island started while its
 *   form is in view (support/layout.ts); and a builder that has drafts to show, or a link's
 *   answers, shows them without being used;
 * - no word in a heading, link or control is cut without a hyphen, islands included (their labels,
 *   hints and buttons are their own strings, hyphenated by the page: src/lib/island-strings.ts),
 *   and on the builders and the worksheet once more with their error summaries showing;
 * - the header stays one row: at most 72 px high, and at 1350 px its parts side by side.
 * (The 320 px screen, 1024 px and the lesson title's place: layout.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { locales, useBrowser, watchedPage } from '../support/browser.ts';
import { draftsShown, openBuilder } from '../support/builders.ts';
import { headerInOneRow } from '../support/header.ts';
import { brokenWords, otherPages, pageTypes, recordShifts, settle, shifts, showErrors } from '../support/layout.ts';

const browser = useBrowser();

const phone = { width: 390, height: 844 };
const desktop = { width: 1350, height: 900 };

describe.each(locales)('layout in %s, loading and scrolling', (locale) => {
  it.each([
    ['390', phone],
    ['1350', desktop],
  ])(
    'moves nothing (CLS < 0.01), cuts no word without a hyphen and keeps the header to one row on any page type at %s px',
    async (_, viewport) => {
      const { page, context, problems } = await watchedPage(browser(), { viewport });
      await context.addInitScript(recordShifts);
      const moved: string[] = [];
      const cut: string[] = [];
      for (const [index, { type, path }] of [...pageTypes(locale), ...otherPages(locale)].entries()) {
        await page.goto(path);
        await settle(page);
        const { total, details } = await shifts(page);
        if (total >= 0.01) moved.push(`${type} ${path}: ${total.toFixed(4)} (${details.join('; ')})`);
        for (const word of await brokenWords(page)) cut.push(`${type}: ${word}`);
        // The language chooser has no site header.
        if (await page.getByRole('banner').count()) {
          const header = (await page.getByRole('banner').boundingBox())!;
          expect(header.height, `${type}: header height`).toBeLessThanOrEqual(72);
        }
        // On a desktop every part of the header shows, side by side (home and a lesson suffice).
        if (viewport === desktop && index < 2) await headerInOneRow(page, locale, path);
        // A builder or the worksheet with its error summary showing (after the shifts are read:
        // what moves after a click is the reader's doing).
        if (await showErrors(page, locale, path))
          for (const word of await brokenWords(page)) cut.push(`${type} with errors: ${word}`);
      }
      expect(moved).toEqual([]);
      expect(cut).toEqual([]);
      // The 404 page's own request is the one error a reader's console shows.
      expect(problems.filter((p) => !p.includes('404 (Not Found)'))).toEqual([]);
    },
  );
});

describe('a builder with something to show as it opens (its island runs at once, its form held hidden)', () => {
  it.each([
    ['drafts saved in this browser', '/de/tools/reconnect/', true],
    ["a link's answers", '/fi/tools/intro-reply/?decision=decline', false],
  ])('shows them without being used, and nothing moves: %s', async (_, path, saved) => {
    const { page, context, problems } = await watchedPage(browser(), { viewport: phone });
    await context.addInitScript(recordShifts);
    if (saved) {
      await openBuilder(page, path);
      await page.getByRole('textbox').first().fill('Frau Dr. Berger');
      await page.reload();
    } else await page.goto(path);
    // No use of the page: the island runs by itself.
    await draftsShown(page);
    await settle(page);
    if (saved) expect(await page.getByRole('textbox').first().inputValue()).toBe('Frau Dr. Berger');
    else expect(await page.locator('input[name="decision"]:checked').getAttribute('value')).toBe('decline');
    const { total, details } = await shifts(page);
    expect(total, details.join('; ')).toBeLessThan(0.01);
    expect(problems).toEqual([]);
  });
});
