/**
 * Every page, the way assistive technology and the keyboard meet it: axe finds no violation (light
 * and dark), the console stays clean, no request leaves 127.0.0.1, and a page can be used by
 * keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import { hydrated, useBrowser, watchedPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { pages } from '../support/dist.ts';

const browser = useBrowser();

const paths = pages()
  .map((page) => page.path)
  .filter((path) => path !== '/404.html');

describe.each(['light', 'dark'] as const)('every page in the %s theme', (colorScheme) => {
  // One axe run per page, and the site grows with each tool: the time limit grows with it. It is a
  // guard against a hang, generous for a busy machine (axe takes about 1 s a page on an idle one).
  it(
    'has no axe violation, no console error or CSP violation, and no request elsewhere',
    async () => {
      const { page, problems, external } = await watchedPage(browser(), { colorScheme });
      const found: string[] = [];
      for (const path of [...paths, '/en/no-such-page/']) {
        await page.goto(path);
        // axe reads the page as a reader meets it once the script has run: islands included.
        await hydrated(page);
        for (const violation of await axeViolations(page)) found.push(`${path}: ${violation}`);
      }
      expect(found).toEqual([]);
      expect(problems.filter((p) => !p.includes('404 (Not Found)'))).toEqual([]);
      expect(external).toEqual([]);
    },
    paths.length * 5_000,
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
