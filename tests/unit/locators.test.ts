/**
 * Browser tests find elements as a person does, by role and label with the dictionary's strings,
 * at least three times as often as by id, class or attribute (issue 15). The count is
 * tests/support/locators.ts: helpers count once per call, so a selector behind a helper counts.
 * `npx node tests/support/locators.ts` lists the counts per file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserTestFiles, countLocators, selectorKind, total } from '../support/locators.ts';

describe('the locator count', () => {
  const dir = mkdtempSync(join(tmpdir(), 'locators-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const count = (source: string, helpers = '') => {
    const file = join(dir, 'a.test.ts');
    const support = join(dir, 'helpers.ts');
    writeFileSync(file, source);
    writeFileSync(support, helpers);
    return [...countLocators([file], { helpersIn: dir, support: [support] }).values()][0];
  };

  it('tells ids, classes, attributes and XPath from tag names', () => {
    for (const css of ['#ws-contact', '.ws-brief', '[data-ready]', 'a[rel="next"]', 'xpath=ancestor::li', null])
      expect(selectorKind(css), String(css)).toBe('css');
    for (const tag of ['mark', 'img, script, b', 'main section:visible', 'h2 > a', 'astro-island'])
      expect(selectorKind(tag), tag).toBe('tag');
  });

  it('counts roles and labels, selectors spelled out or built, and querySelector in the page', () => {
    expect(
      count(`
        page.getByRole('button', { name: 'Copy' });
        page.getByLabel('Name').fill('x');
        page.getByText('Saved');
        page.locator('#ws-contact');
        page.locator(\`#ws-\${name}\`);
        page.locator(selector);
        page.locator('mark');
        page.evaluate(() => document.querySelector('.ws'));
      `),
    ).toEqual({ role: 3, css: 4, tag: 1 });
  });

  it('counts a helper once for every call, whether it is in the file or in tests/support', () => {
    expect(
      count(
        `
        import { ready } from './helpers.ts';
        const field = (name) => page.locator(\`#b-\${name}\`);
        function heading() { return page.getByRole('heading'); }
        field('a'); field('b'); field('c');
        ready(); ready();
        heading();
      `,
        `export async function ready() { await page.locator('.ws[data-ready]').waitFor(); }`,
      ),
    ).toEqual({ role: 1, css: 5, tag: 0 });
  });
});

describe('the browser tests', () => {
  it('find elements by role and label at least three times as often as by id, class or attribute', () => {
    const counts = countLocators(browserTestFiles());
    const all = total(counts);
    const perFile = [...counts].map(([file, c]) => `${file}: role ${c.role}, css ${c.css}, tag ${c.tag}`);
    expect(counts.size).toBeGreaterThan(10);
    expect(all.role, perFile.join('\n')).toBeGreaterThanOrEqual(3 * all.css);
  });
});
