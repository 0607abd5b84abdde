/**
 * The header as a phone reader meets it: two disclosure buttons, Menu and Search, that open by
 * keyboard, say whether they are open, close with Escape and give focus back; the language
 * dropdown on a desktop; and all of it still usable without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { locales, useBrowser, watchedPage } from '../support/browser.ts';
import { searchWords } from '../fixtures/search.ts';
import { localeNames, ui } from '../../src/i18n/index.ts';

const browser = useBrowser();

const phone = { width: 390, height: 844 };
const isFocused = (page: Page, name: string) =>
  page.evaluate((text) => document.activeElement?.textContent?.trim() === text, name);

describe.each(locales)('the phone header in %s', (locale) => {
  const t = ui(locale);

  it('opens the menu by keyboard, closes it with Escape and gives focus back to its button', async () => {
    const { page, problems } = await watchedPage(browser(), { viewport: phone });
    await page.goto(`/${locale}/lessons/introductions/`);
    const banner = page.getByRole('banner');
    const menu = banner.getByRole('button', { name: t.nav.menu });
    const nav = banner.getByRole('navigation', { name: t.a11y.mainNav });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);

    // Skip link, site name, then the menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await isFocused(page, t.nav.menu)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.getByRole('link').count()).toBe(4);
    for (const link of await nav.getByRole('link').all()) expect(await link.isVisible()).toBe(true);
    // The languages (all four, as links) and the theme are in the menu too.
    const languages = banner.getByRole('navigation', { name: t.language.label });
    for (const other of locales)
      expect(await languages.getByRole('link', { name: localeNames[other] }).isVisible()).toBe(true);
    expect(await banner.getByRole('button', { name: new RegExp(t.theme.label) }).isVisible()).toBe(true);

    // Tab goes into the menu, Escape closes it and returns to the button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await isFocused(page, t.nav.menu)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('opens search into the field; Escape closes the results, then the field, and focus returns', async () => {
    const { page, problems } = await watchedPage(browser(), { viewport: phone });
    await page.goto(`/${locale}/glossary/`);
    const banner = page.getByRole('banner');
    // The disclosure button, not the search form's own submit button, which may share its name.
    const toggle = banner.getByRole('button', { name: t.nav.search, exact: true }).and(page.locator('[aria-expanded]'));
    const field = banner.getByRole('searchbox');
    expect(await field.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    // Opening search closes the menu, and the other way round.
    await banner.getByRole('button', { name: t.nav.menu }).click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();

    await page.keyboard.type(searchWords[locale]);
    const results = page.locator('#search-header-results');
    await results.getByRole('listitem').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await results.isVisible()).toBe(false);
    expect(await field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(searchWords[locale]);
    await page.keyboard.press('Escape');
    expect(await field.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(page, t.nav.search)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('opens search with /, even from behind its button', async () => {
    const { page } = await watchedPage(browser(), { viewport: phone });
    await page.goto(`/${locale}/`);
    await page.keyboard.press('/');
    const field = page.getByRole('banner').getByRole('searchbox');
    expect(await field.isVisible()).toBe(true);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe('the header without JavaScript', () => {
  it('has no buttons that could not work: the sections, languages and search field show as plain rows', async () => {
    const { page } = await watchedPage(browser(), { viewport: phone, javaScriptEnabled: false });
    await page.goto('/fi/lessons/introductions/');
    const banner = page.getByRole('banner');
    expect(await banner.getByRole('button', { name: ui('fi').nav.menu }).isVisible()).toBe(false);
    expect(await banner.getByRole('button', { name: new RegExp(ui('fi').theme.label) }).isVisible()).toBe(false);
    for (const link of await banner
      .getByRole('navigation', { name: ui('fi').a11y.mainNav })
      .getByRole('link')
      .all())
      expect(await link.isVisible()).toBe(true);
    expect(await banner.getByRole('link', { name: 'Deutsch' }).isVisible()).toBe(true);
    const field = banner.getByRole('searchbox');
    expect(await field.isVisible()).toBe(true);
    // The `/` shortcut needs JavaScript: no hint, and the field is not described by one.
    expect(await banner.locator('kbd').isVisible()).toBe(false);
    expect(await field.getAttribute('aria-describedby')).toBeNull();
    await page.goto('/de/');
    await banner.getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL('**/sv/');
  });
});

describe('the desktop header', () => {
  it('offers the languages in a dropdown that Escape and a click elsewhere close', async () => {
    const { page, problems } = await watchedPage(browser(), { viewport: { width: 1350, height: 900 } });
    await page.goto('/de/lessons/reconnecting/');
    const banner = page.getByRole('banner');
    expect(await banner.getByRole('button', { name: ui('de').nav.menu }).isVisible()).toBe(false);
    const current = banner.getByText(`${ui('de').language.label}: Deutsch`);
    const suomi = banner.getByRole('link', { name: 'Suomi' });
    expect(await suomi.isVisible()).toBe(false);
    await current.click();
    expect(await suomi.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await suomi.isVisible()).toBe(false);
    await current.click();
    await page.getByRole('heading', { level: 1 }).click();
    expect(await suomi.isVisible()).toBe(false);
    // The `/` hint shows where `/` works, and describes the field.
    const field = banner.getByRole('searchbox');
    expect(await banner.locator('kbd').isVisible()).toBe(true);
    expect(await field.getAttribute('aria-describedby')).toBeTruthy();
    await current.click();
    await suomi.click();
    await page.waitForURL('**/fi/lessons/reconnecting/');
    expect(problems).toEqual([]);
  });
});
