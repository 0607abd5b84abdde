/** A reader in each language: opens a lesson, reads it, switches language, finds the chooser and the 404. */
import { describe, expect, it } from 'vitest';
import { locales, useBrowser, watchedPage } from '../support/browser.ts';
import { localeNames, ui } from '../../src/i18n/index.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';

const browser = useBrowser();

describe.each(locales)('reading in %s', (locale) => {
  it('shows a lesson with its title, contents, takeaways, sources and next lesson', async () => {
    const { page, problems, external } = await watchedPage(browser());
    await page.goto(`/${locale}/`);
    // The home page lists the curriculum in order; open the first lesson from it.
    const lessons = page.getByRole('region', { name: /./ }).first().getByRole('listitem');
    expect(await lessons.count()).toBeGreaterThanOrEqual(5);
    await lessons.first().getByRole('link').click();
    await page.waitForURL(`**/${locale}/lessons/introductions/`);

    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    const title = page.getByRole('heading', { level: 1 });
    await expect.poll(() => title.textContent()).toBeTruthy();
    // The heading carries soft hyphens for its long words (the reader sees none); the title has none.
    expect(await page.title()).toContain(withoutSoftHyphens((await title.textContent())!.trim()));
    expect(await page.title()).not.toContain(SOFT_HYPHEN);

    const toc = page.getByRole('navigation').filter({ has: page.locator('#toc-title') });
    const firstEntry = toc.getByRole('link').first();
    const target = (await firstEntry.getAttribute('href'))!;
    await firstEntry.click();
    expect(decodeURIComponent(page.url())).toContain(target);
    expect(await page.locator(target).isVisible()).toBe(true);

    const takeaways = page.getByRole('region').filter({ has: page.locator('#takeaways-title') });
    expect(await takeaways.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    const sources = page.getByRole('region').filter({ has: page.locator('#sources-title') });
    expect(await sources.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);

    await page.locator('a[rel="next"]').click();
    await page.waitForURL(`**/${locale}/lessons/meeting-goals/`);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('switches to the same page in every other language', async () => {
    const { page, problems } = await watchedPage(browser());
    await page.goto(`/${locale}/lessons/reconnecting/`);
    for (const other of locales.filter((l) => l !== locale)) {
      // A dropdown naming the current language ("Language: English"); open it, pick the other.
      const switcher = page.getByRole('navigation', { name: ui(locale).language.label });
      await switcher.getByText(`${ui(locale).language.label}: ${localeNames[locale]}`).click();
      await switcher.getByRole('link', { name: localeNames[other] }).click();
      await page.waitForURL(`**/${other}/lessons/reconnecting/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(other);
      expect(await page.locator(`a[hreflang="${other}"][aria-current="page"]`).count()).toBe(1);
      await page.goBack();
      await page.waitForURL(`**/${locale}/lessons/reconnecting/`);
    }
    expect(problems).toEqual([]);
  });

  it('shows the 404 page in the language of the address', async () => {
    const { page } = await watchedPage(browser());
    const response = await page.goto(`/${locale}/no-such-page/`);
    expect(response?.status()).toBe(404);
    const visible = page.locator('main section:visible');
    expect(await visible.count()).toBe(1);
    expect(await visible.getAttribute('lang')).toBe(locale);
    await visible.getByRole('link').click();
    await page.waitForURL(`**/${locale}/`);
  });
});

describe('the language chooser at /', () => {
  it.each([
    ['de-AT', 'de'],
    ['fi-FI', 'fi'],
    ['sv-SE', 'sv'],
    ['fr-FR', 'en'],
  ])('highlights the preferred language of a %s browser, without redirecting', async (browserLocale, expected) => {
    const { page, problems } = await watchedPage(browser(), { locale: browserLocale });
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/');
    for (const locale of locales) expect(await page.locator(`a[href="/${locale}/"]`).count()).toBe(1);
    const suggested = page.locator('.chooser__suggested:visible');
    expect(await suggested.count()).toBe(1);
    expect(await suggested.locator('xpath=ancestor::li').getAttribute('lang')).toBe(expected);
    expect(problems).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('reads a lesson, lists the lessons and explains that search needs JavaScript', async () => {
    const { page } = await watchedPage(browser(), { javaScriptEnabled: false });
    await page.goto('/de/lessons/introductions/');
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('.prose p').first().isVisible()).toBe(true);
    // The theme button cannot work without a script, so it is not shown.
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    await page.goto('/fi/search/?q=esittely');
    expect(withoutSoftHyphens(await page.getByRole('main').innerText())).toContain('tarvitsee JavaScriptin');
  });
});

describe('look and feel', () => {
  it('remembers a dark theme across pages without a flash of light', async () => {
    const { page, problems } = await watchedPage(browser(), { colorScheme: 'light' });
    await page.goto('/sv/');
    const toggle = page.getByRole('button', { name: /Färgtema/ });
    await toggle.click(); // system -> light
    await toggle.click(); // light -> dark
    // The button names its state: the other two names are in it too, but hidden.
    expect(await page.getByRole('button', { name: 'Färgtema: Mörkt' }).count()).toBe(1);
    expect(await toggle.innerText()).toContain('Mörkt');
    expect(await toggle.innerText()).not.toContain('Ljust');
    // The saved theme is applied before the first paint: check it at DOMContentLoaded.
    await page.goto('/sv/lessons/introductions/', { waitUntil: 'commit' });
    await page.waitForLoadState('domcontentloaded');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 23, 26)');
    expect(problems).toEqual([]);
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const { page } = await watchedPage(browser(), { viewport: { width: 320, height: 640 } });
    for (const path of ['/fi/', '/de/lessons/contact-requests/', '/sv/glossary/']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  it('prints a lesson without the header, search and navigation', async () => {
    const { page } = await watchedPage(browser());
    await page.goto('/en/lessons/introductions/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('search').first().isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  });
});
