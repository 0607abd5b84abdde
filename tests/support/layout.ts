/**
 * Measuring layout in the browser tests: every page type of a locale, the layout shifts a page
 * makes while it loads and is scrolled, and words that a line break cut without a hyphen.
 */
import type { Page } from 'playwright-core';
import { networkQuiet } from './network.ts';
import { searchWords } from '../fixtures/search.ts';
import { ui } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';

/** One page of each type (the lesson's quiz is scrolled to by `settle`). */
export function pageTypes(locale: keyof typeof searchWords): Array<{ type: string; path: string }> {
  return [
    { type: 'home', path: `/${locale}/` },
    { type: 'lesson', path: `/${locale}/lessons/introductions/` },
    { type: 'quiz page', path: `/${locale}/quizzes/intro-decision/` },
    { type: 'worksheet', path: `/${locale}/tools/worksheet/` },
    { type: 'intro reply builder', path: `/${locale}/tools/intro-reply/` },
    { type: 'reconnect builder', path: `/${locale}/tools/reconnect/` },
    { type: 'contact request composer', path: `/${locale}/tools/contact-request/` },
    { type: 'search', path: `/${locale}/search/?q=${encodeURIComponent(searchWords[locale])}` },
    { type: 'glossary', path: `/${locale}/glossary/` },
  ];
}

/** The pages outside the locale's page types: the language chooser, the 404 page, saved work. */
export function otherPages(locale: Locale): Array<{ type: string; path: string }> {
  return [
    { type: 'language chooser', path: '/' },
    { type: 'not found', path: `/${locale}/no-such-page/` },
    { type: 'saved work', path: `/${locale}/saved/` },
  ];
}

/** The name of the button that, pressed with nothing answered, shows a page's error summary. */
export function errorsButton(locale: Locale, path: string): string | undefined {
  const t = ui(locale);
  if (path.includes('/tools/worksheet/')) return t.worksheet.actions.next;
  return path.includes('/tools/') ? t.builders.common.write : undefined;
}

/**
 * On a builder or the worksheet: asks to go on with nothing answered and waits for the error
 * summary. Returns whether the page has one.
 */
export async function showErrors(page: Page, locale: Locale, path: string): Promise<boolean> {
  const name = errorsButton(locale, path);
  if (!name) return false;
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('alert').waitFor();
  return true;
}

/**
 * Installed before any page script: records every layout shift not caused by input, with what
 * moved. The sum is at least the page's CLS (which takes the worst burst of shifts only).
 */
export function recordShifts(): void {
  const shifts: Array<{ value: number; at: number; sources: string[] }> = [];
  (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & Record<string, any>>) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((source: any) => {
          const node = source.node as Element | null;
          const name = node
            ? `${node.nodeName.toLowerCase()}${node.className ? `.${String(node.className)}` : ''}`
            : '?';
          return `${name} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Scrolls the page to `top` at once: the site scrolls smoothly (unless the reader asks for less
 * motion), and a smooth scroll over a long lesson held the next step for one to three seconds.
 */
export const scrollInstantly = (page: Page, top: number) =>
  page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), top);

/** Waits for the next frame to be drawn, and the one after it: observers and effects have run. */
export const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/**
 * Starts the islands that run on a reader's first use (`client:use-props`: the builders, a quiz
 * page's quiz), as a pointer passing over them would, without moving the page or the focus.
 */
export async function useIslands(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const island of document.querySelectorAll('astro-island[client="use-props"][ssr]'))
      island.firstElementChild?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  });
}

/**
 * Waits until a page stands as a reader first sees it, without scrolling: every island that
 * hydrates without being scrolled to (`client:idle`, `client:load`) has done so (well within a
 * second on a phone; on a machine running many tests at once it may take longer), and on the search page with a
 * query in its address, the results are in (they are part of the page as it loads). The page has
 * no web fonts, so nothing else changes how its lines break.
 */
export async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    // (`client:visible` and `client:visible-props` islands wait to be scrolled to, `client:use-props`
    // ones for a reader's use, unless they have saved work to show.)
    if (document.querySelectorAll('astro-island[ssr]:not([client^="visible"]):not([client="use-props"])').length)
      return false;
    if (!new URLSearchParams(location.search).get('q')) return true;
    // The search page's status says "Loading…" until the results are in, then how many there are.
    const form = document.querySelector<HTMLFormElement>('form[data-search="page"]');
    const said = form?.querySelector('[data-search-status]')?.textContent;
    return Boolean(said) && said !== JSON.parse(form!.dataset.strings ?? '{}').loading;
  });
  await twoFrames(page);
}

/**
 * Waits until the page is quiet, as a reader would before scrolling: loaded (above), then
 * scrolled to the end a screen at a time and back; islands hydrate on the way. Each step waits for
 * the frames the scroll draws, not a fixed time; at the end, for every island and for no request
 * to be in flight over two frames (late chunks, images), so a late shift is recorded too.
 */
export async function settle(page: Page): Promise<void> {
  await loaded(page);
  // A builder's or a quiz page's island runs on a reader's first use: started here, while it is in
  // view, and not as input, so that a shift of its own counts.
  await useIslands(page);
  const scrollTo = (top: number) => scrollInstantly(page, top);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = await page.evaluate(() => Math.round(innerHeight * 0.8));
  for (let y = step; y < height + step; y += step) {
    await scrollTo(y);
    await twoFrames(page);
  }
  // Islands hydrate when idle, as they near the viewport or (above) on use: every one has by now.
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
  await networkQuiet(page);
  await scrollTo(0);
  await twoFrames(page);
}

export async function shifts(page: Page): Promise<{ total: number; details: string[] }> {
  const list = await page.evaluate(
    () => (window as unknown as { __shifts: Array<{ value: number; at: number; sources: string[] }> }).__shifts,
  );
  return {
    total: list.reduce((sum, s) => sum + s.value, 0),
    details: list.map((s) => `${s.value.toFixed(4)} at ${s.at} ms: ${s.sources.join(', ')}`),
  };
}

/**
 * Words in headings, links, buttons, labels, legends and the hints and errors that describe a
 * form field (what its aria-describedby names) that a line break cuts without a hyphen: each word
 * is measured letter by letter, and a change of line must come after a soft hyphen, a hyphen or a
 * dash, a slash or a space. Returns "word (element)" for each word cut elsewhere.
 */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selector = 'h1, h2, h3, h4, a, button, label, legend, summary, .lead, .lesson__lead';
    const described = [...document.querySelectorAll('[aria-describedby]')]
      .flatMap((field) => field.getAttribute('aria-describedby')!.split(/\s+/))
      .map((id) => document.getElementById(id))
      .filter((element): element is HTMLElement => element !== null);
    const range = document.createRange();
    for (const element of new Set([...document.querySelectorAll<HTMLElement>(selector), ...described])) {
      if (!element.checkVisibility()) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const text = node.data;
        for (const match of text.matchAll(/[^\s]+/g)) {
          const start = match.index;
          let lineTop: number | undefined;
          for (let i = start; i < start + match[0].length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            // A letter after a break can report a sliver on the line before too: the last box counts.
            const rect = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
            if (!rect) continue;
            if (lineTop !== undefined && rect.top > lineTop + 2 && !/[\u00AD\-–—/]/.test(text[i - 1] ?? '')) {
              found.push(`${match[0].replaceAll('\u00AD', '')} (${element.tagName.toLowerCase()})`);
              break;
            }
            lineTop = rect.top;
          }
        }
      }
    }
    return found;
  });
}
