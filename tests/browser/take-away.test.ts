/**
 * What a reader takes from a page carries none of the soft hyphens the build put into its long
 * words: text selected and copied by hand (plain and formatted), and a builder's draft as copied,
 * as a mailto: link and as saved in the browser. (The example copy buttons: lessons.test.ts; the
 * worksheet's files: worksheet.test.ts; titles and the search index: tests/dist/hyphenation.)
 */
import { describe, expect, it } from 'vitest';
import { clipboard, readClipboard, useBrowser, watchedPage } from '../support/browser.ts';
import { openBuilder } from '../support/builders.ts';
import { reconnectAnswers } from '../fixtures/builders.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';

const browser = useBrowser();

describe('taking text away', () => {
  it('copies a selection by hand without soft hyphens, as plain text and as formatted text', async () => {
    const { page, problems } = await watchedPage(browser(), clipboard);
    await page.goto('/de/lessons/contact-requests/');
    const shown = await page.getByRole('heading', { level: 1 }).evaluate((h1) => {
      const range = document.createRange();
      range.setStartBefore(h1);
      range.setEndAfter(h1.parentElement!.querySelector('.lesson__lead')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(shown).toContain(SOFT_HYPHEN);
    await page.keyboard.press('Control+C');
    const plain = await readClipboard(page);
    expect(plain).toBe(withoutSoftHyphens(shown));
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
    });
    expect(html).toContain('<h1');
    expect(html).not.toContain(SOFT_HYPHEN);
    expect(problems).toEqual([]);
  });

  it('leaves a selection without soft hyphens to the browser', async () => {
    const { page } = await watchedPage(browser(), clipboard);
    await page.goto('/en/glossary/');
    const title = page.getByRole('heading', { level: 1 });
    expect(await title.textContent()).not.toContain(SOFT_HYPHEN);
    await title.selectText();
    await page.keyboard.press('Control+C');
    expect(await readClipboard(page)).toBe(await title.innerText());
  });

  it('keeps a builder’s draft free of them: copied, as a mailto: link and as saved', async () => {
    const locale = 'de';
    const t = dictionaries[locale].builders;
    const answers = reconnectAnswers[locale];
    const { page, problems } = await watchedPage(browser(), clipboard);
    await openBuilder(page, `/${locale}/tools/reconnect/`);
    const f = t.reconnect.fields;
    for (const name of ['theirName', 'memory', 'news', 'advice', 'offer', 'yourName'] as const)
      await page.getByLabel(f[name].label).fill(answers[name]!);
    await page.getByLabel(f.years.label).selectOption(answers.years!);
    await page.getByRole('radio', { name: f.tone.options[answers.tone as 'warm' | 'formal'] }).check();
    await page.getByRole('button', { name: t.common.write }).click();
    const body = page.getByLabel(t.reconnect.body, { exact: true });
    await expect.poll(() => body.inputValue()).toContain(answers.theirName!);

    await page.getByRole('button', { name: t.reconnect.copyBody, exact: true }).click();
    await expect.poll(() => readClipboard(page)).toBe(await body.inputValue());
    expect(await readClipboard(page)).not.toContain(SOFT_HYPHEN);
    const mailto = (await page.getByRole('link', { name: t.reconnect.mailto }).getAttribute('href'))!;
    expect(mailto).toMatch(/^mailto:/);
    expect(decodeURIComponent(mailto)).not.toContain(SOFT_HYPHEN);
    const saved = await page.evaluate(() => Object.values({ ...localStorage }).join('\n'));
    expect(saved).toContain(answers.theirName!);
    expect(saved).not.toContain(SOFT_HYPHEN);
    expect(problems).toEqual([]);
  });
});
