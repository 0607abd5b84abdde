/**
 * Every lesson in every locale renders, and each example message's copy button puts exactly the
 * message shown (as written in the lesson) on the clipboard.
 */
import { describe, expect, it } from 'vitest';
import { clipboard, locales, readClipboard, useBrowser, watchedPage } from '../support/browser.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';
import { examples, filesIn, readMdx } from '../support/content.ts';

const browser = useBrowser();

const slugs = filesIn('lessons', 'en').map((file) => file.replace(/\.mdx$/, ''));

describe.each(locales)('lessons in %s', (locale) => {
  it('render with their title, and every copy button copies the message shown', async () => {
    const { page, context, problems } = await watchedPage(browser(), clipboard);
    for (const slug of slugs) {
      const { data, body } = readMdx('lessons', locale, `${slug}.mdx`);
      await page.goto(`/${locale}/lessons/${slug}/`);
      // Long words carry soft hyphens (invisible unless a line breaks there); the words are the title's.
      expect(withoutSoftHyphens((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim()).toBe(
        data.title,
      );

      const written = examples(body);
      // Every example is a figure with a copy button; the lesson's picture is a figure without one.
      const figures = page.getByRole('figure').filter({ has: page.getByRole('button') });
      expect(await figures.count(), slug).toBe(written.length);
      for (const [index, example] of written.entries()) {
        const figure = figures.nth(index);
        expect(withoutSoftHyphens(await figure.locator('figcaption').innerText())).toContain(example.label);
        const shown = withoutSoftHyphens(await figure.locator('[data-example-text]').innerText()).trim();
        expect(shown, `${slug}: ${example.label}`).toBe(example.text);
        await figure.getByRole('button').click();
        await expect.poll(() => figure.getByRole('status').textContent()).not.toBe('');
        const copied = await readClipboard(page);
        // Exactly the words shown, and none of the soft hyphens the page has in them.
        expect(copied, `${slug}: ${example.label}`).toBe(shown);
        expect(copied).not.toContain(SOFT_HYPHEN);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
