/**
 * Every page, the way assistive technology and the keyboard meet it: axe finds no violation (light
 * and dark, on one load of each page), the console stays clean, no request leaves 127.0.0.1, and
 * a page can be used by keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import { hydrated, useBrowser, watchedPage } from '../support/browser.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, colourRules } from '../support/axe.ts';
import { dist, pages } from '../support/dist.ts';

const browser = useBrowser();

const paths = pages()
  .map((page) => page.path)
  .filter((path) => path !== '/404.html');

describe('every page', () => {
  // The dark theme changes colours and nothing else: every colour is a light-dark() token, and no
  // style or image depends on the colour scheme. So the dark pass runs axe's colour rules only; the
  // others would find exactly what they find in the light pass. If this fails, run all of axe in
  // the dark theme too.
  it('has a dark theme that differs from the light one in its colours only', () => {
    const css = readdirSync(join(dist, '_astro'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(dist, '_astro', file), 'utf8'));
    expect(css.length).toBeGreaterThan(0);
    const html = pages().map((page) => page.html.replace(/<meta name="theme-color"[^>]*>/g, ''));
    for (const text of [...css, ...html]) expect(text).not.toMatch(/prefers-color-scheme/);
    expect(css.join('\n')).toMatch(/light-dark\(/);
  });

  // One page load per page, axe run in both themes on it (the theme is a media query, so switching
  // it restyles the page as a reader's setting would). The site grows with each tool, and the time
  // limit with it: a guard against a hang, generous for a busy machine (each axe run takes about
  // a second on an idle one).
  it(
    'has no axe violation in the light theme or the dark, no console error or CSP violation, and no request elsewhere',
    async () => {
      const { page, problems, external } = await watchedPage(browser());
      const found: string[] = [];
      for (const path of [...paths, '/en/no-such-page/']) {
        await page.goto(path);
        // axe reads the page as a reader meets it once the script has run: islands included.
        await hydrated(page);
        for (const [colorScheme, rules] of [
          ['light', undefined],
          ['dark', colourRules],
        ] as const) {
          await page.emulateMedia({ colorScheme });
          for (const violation of await axeViolations(page, rules && [...rules]))
            found.push(`${path} (${colorScheme}): ${violation}`);
        }
      }
      expect(found).toEqual([]);
      expect(problems.filter((p) => !p.includes('404 (Not Found)'))).toEqual([]);
      expect(external).toEqual([]);
    },
    paths.length * 10_000,
  );
});

describe('keyboard', () => {
  it('reaches the skip link first, then the main content, and every control has a visible focus', async () => {
    const { page } = await watchedPage(browser());
    await page.goto('/fi/lessons/reconnecting/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(skip).toEqual({ text: 'Siirry sisältöön', href: '#main' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Tab through the whole page: every stop is visible and shows a focus outline.
    await page.goto('/fi/lessons/reconnecting/');
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          key: `${el.tagName}:${el.getAttribute('href') ?? el.id ?? ''}:${el.textContent?.trim().slice(0, 20)}`,
          outline: style.outlineStyle,
          visible: box.width > 0 && box.height > 0,
        };
      });
      if (!stop) break;
      if (seen.has(stop.key)) break;
      seen.add(stop.key);
      expect(stop.visible, stop.key).toBe(true);
      expect(stop.outline, stop.key).not.toBe('none');
    }
    expect(seen.size).toBeGreaterThan(15);
  });
});
