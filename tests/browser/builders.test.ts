/**
 * What the three message builders share, whatever the language: input kept as text, corrupt or
 * blocked storage, the page without JavaScript, and the weight of the JavaScript they load.
 * Each builder's own flow is tested in builders-reconnect.test.ts and builders-requests.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { locales, useBrowser, watchedPage } from '../support/browser.ts';
import { expectNoAxe } from '../support/axe.ts';
import { answersForm, builderReady, draftsShown, openBuilder } from '../support/builders.ts';
import { examples, readMdx } from '../support/content.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { awkwardText } from '../fixtures/builders.ts';
import { islandBudgetBytes, scriptWeight } from '../support/budgets.ts';
import { blockStorage, seedStorage, setAside } from '../support/saved.ts';
import { holdBack, networkQuiet } from '../support/network.ts';

const browser = useBrowser();

describe('builders in any language', () => {
  it('show markup, script tags, emoji, right-to-left text and placeholders as text, never as markup', async () => {
    const { page, problems } = await watchedPage(browser());
    const t = dictionaries.en.builders;
    const f = t['intro-reply'].fields;
    await openBuilder(page, '/en/tools/intro-reply/');
    await page.getByLabel(f.introducer.label).fill(awkwardText.markup);
    await page.getByLabel(f.contact.label).fill(`${awkwardText.emoji} ${awkwardText.rtl} {name}`);
    await page.getByRole('radio', { name: f.decision.options['accept-now'] }).check();
    await page.getByLabel(f.detailNow.label).fill(awkwardText.long);
    await page.getByRole('button', { name: t.common.write }).click();
    const body = await page.getByLabel(t['intro-reply'].body, { exact: true }).inputValue();
    expect(body).toContain(awkwardText.markup);
    expect(body).toContain(awkwardText.emoji);
    expect(body).toContain(`${awkwardText.rtl} {name}`);
    expect(body).toContain(awkwardText.long);
    expect(await page.getByRole('form', { name: t.common.answers }).locator('img, script, b').count()).toBe(0);
    expect(await page.getByRole('img').count()).toBe(0);
    expect(await page.getByLabel(f.introducer.label).getAttribute('dir')).toBe('auto');
    expect(problems).toEqual([]);
  });

  it('set corrupt saved drafts aside, keep them through typing, and offer them for download', async () => {
    const { page, context, problems } = await watchedPage(browser());
    await seedStorage(context, { 'connector:builders:reconnect': '{"drafts": 12' });
    await openBuilder(page, '/sv/tools/reconnect/');
    const notice = dictionaries.sv.saved.notice;
    await page.getByText(notice.found).waitFor();
    const name = page.getByLabel(dictionaries.sv.builders.reconnect.fields.theirName.label);
    await name.fill('Sara');
    await page.reload();
    await builderReady(page);
    expect(await name.inputValue()).toBe('Sara');
    await page.getByText(notice.found).waitFor();
    expect(await setAside(page)).toEqual(['{"drafts": 12']);
    expect(problems).toEqual([]);
  });

  it('work in memory, and say so, when the browser blocks storage', async () => {
    const { page, context, problems } = await watchedPage(browser());
    await blockStorage(context);
    await openBuilder(page, '/fi/tools/contact-request/');
    expect(await page.getByText(dictionaries.fi.builders.common.storageUnavailable, { exact: true }).isVisible()).toBe(
      true,
    );
    const f = dictionaries.fi.builders['contact-request'].fields;
    await page.getByRole('radio', { name: f.met.options.yes }).check();
    await page.getByLabel(f.theirName.label).fill('Heidi');
    await page.getByLabel(f.reasonMet.label).fill('Oli mukava jutella eilen Tampere-talolla.');
    await page.getByRole('button', { name: dictionaries.fi.builders.common.write }).click();
    expect(
      await page.getByLabel(dictionaries.fi.builders['contact-request'].body, { exact: true }).inputValue(),
    ).toContain('Heidi');
    expect(problems).toEqual([]);
  });

  it('fetch the message’s code on the way to “Write”, and keep a written draft when that code cannot come', async () => {
    const t = dictionaries.en.builders;
    const f = t['intro-reply'].fields;
    const { page, problems } = await watchedPage(browser());
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') fetched.push(new URL(request.url()).pathname);
    });
    await openBuilder(page, '/en/tools/intro-reply/');
    await networkQuiet(page);
    const atFirstPaint = fetched.length;
    await page.getByLabel(f.introducer.label).fill('James');
    await page.getByLabel(f.contact.label).fill('Helen Marsh');
    await page.getByRole('radio', { name: f.decision.options['accept-now'] }).check();
    await networkQuiet(page);
    expect(fetched.slice(atFirstPaint), 'answering fetches nothing').toEqual([]);
    await page.getByRole('button', { name: t.common.write }).hover();
    await networkQuiet(page);
    expect(fetched.length, 'pointing at “Write” fetches the writer and the checks').toBeGreaterThan(atFirstPaint);
    await page.getByRole('button', { name: t.common.write }).click();
    expect(await page.getByLabel(t['intro-reply'].body, { exact: true }).inputValue()).toContain('James');
    expect(await page.getByRole('heading', { name: t.common.checks }).count()).toBe(1);
    expect(problems).toEqual([]);

    // Another visit, offline: the saved draft has a text, and the code that shows it cannot come.
    const offline = await watchedPage(browser());
    const saved = await page.evaluate(() => Object.entries(localStorage));
    await offline.context.addInitScript((entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, saved);
    await offline.context.route(/\/_astro\/(draft|intro-reply)\.[\w-]+\.js$/, (route) => route.abort());
    await openBuilder(offline.page, '/en/tools/intro-reply/');
    await offline.page.getByText(dictionaries.en.saved.notice.loadFailed).waitFor();
    expect(await offline.page.getByLabel(f.introducer.label).inputValue()).toBe('James');
    expect(await offline.page.evaluate(() => Object.entries(localStorage))).toEqual(saved);
    // A failed chunk is an error in the console; anything else is not expected.
    expect(
      offline.problems.filter((problem) => !/dynamically imported|Failed to fetch|ERR_FAILED/.test(problem)),
    ).toEqual([]);
  });

  it('keep what is typed into the form before the island has run, and never send the form themselves', async () => {
    const { page, context, problems } = await watchedPage(browser());
    const release = await holdBack(context, '**/_astro/ReconnectBuilder.*.js');
    await page.goto('/fi/tools/reconnect/');
    const name = page.getByLabel(dictionaries.fi.builders.reconnect.fields.theirName.label);
    // The first use starts the island; its code is held on the way, so these keys reach the page's form.
    await name.click();
    await page.keyboard.type('Heidi');
    await page.keyboard.press('Enter');
    release();
    await draftsShown(page);
    await name.press('End');
    await page.keyboard.type(' Virtanen');
    expect(await name.inputValue()).toBe('Heidi Virtanen');
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await builderReady(page);
    expect(await name.inputValue()).toBe('Heidi Virtanen');
    expect(problems).toEqual([]);
  });

  it('show the lesson’s examples to copy by hand when JavaScript is off', async () => {
    const { page, problems } = await watchedPage(browser(), { javaScriptEnabled: false });
    for (const locale of locales) {
      for (const [tool, lesson, from] of [
        ['reconnect', 'reconnecting', 0],
        ['contact-request', 'contact-requests', 2],
        ['intro-reply', 'introductions', 0],
      ] as const) {
        await page.goto(`/${locale}/tools/${tool}/`);
        const written = examples(readMdx('lessons', locale, `${lesson}.mdx`).body).slice(from);
        // The examples, each a figure, in the lesson's order.
        const shown = page.getByRole('main').getByRole('figure');
        expect(await shown.count(), `${locale} ${tool}`).toBe(written.length);
        // Each figure: its caption, then the message, paragraph by paragraph.
        const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
        for (const [index, example] of written.entries()) {
          expect(oneLine(await shown.nth(index).innerText()).endsWith(oneLine(example.text)), example.label).toBe(true);
        }
        expect(await page.getByText(dictionaries[locale].builders.page.needsScript).isVisible()).toBe(true);
        // Nothing of the builder: no form, no field to type into.
        expect(await answersForm(page).count()).toBe(0);
        expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0);
      }
    }
    expect(problems).toEqual([]);

    // The same examples show where the island's code never arrives, once the reader goes to use the
    // form (axe needs script in the page, so it runs here).
    const { page: stalled, context } = await watchedPage(browser());
    await context.route('**/_astro/*.js', (route) => route.abort());
    for (const tool of ['reconnect', 'contact-request', 'intro-reply']) {
      await stalled.goto(`/de/tools/${tool}/`);
      await answersForm(stalled).hover();
      await stalled.getByText(dictionaries.de.builders.page.needsScript).waitFor();
      expect(await answersForm(stalled).count()).toBe(0);
      expect(await stalled.getByRole('main').getByRole('figure').count()).toBeGreaterThan(0);
      await expectNoAxe(stalled, `${tool} without its script`);
    }
  });

  it('load at most 80 KB of JavaScript (gzip), React included, up to the first answer, with one shared copy of React and the framework', async () => {
    const scripts = new Map<string, string[]>();
    for (const tool of ['reconnect', 'contact-request', 'intro-reply']) {
      const { page } = await watchedPage(browser());
      const weight = scriptWeight(page);
      await openBuilder(page, `/fi/tools/${tool}/`);
      const hydrated = await weight();
      // The first answer, typed into the first field.
      await answersForm(page).getByRole('textbox').first().fill('Heidi');
      const { bytes, files, list } = await weight();
      console.log(`JS of /fi/tools/${tool}/: ${(bytes / 1024).toFixed(1)} KB gzip after the first answer`);
      expect(bytes, `${tool}: ${list}`).toBeLessThanOrEqual(islandBudgetBytes);
      expect(files.length, `${tool}: the first answer fetches nothing`).toBe(hydrated.files.length);
      scripts.set(
        tool,
        files.map((s) => s.path),
      );
    }
    // The React renderer and the builders' shared chunk are the same files on all three pages.
    const [a, b, c] = [...scripts.values()].map((urls) => new Set(urls));
    const shared = [...a!].filter((url) => b!.has(url) && c!.has(url));
    expect(shared.some((url) => /\/_astro\/client\./.test(url))).toBe(true);
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });
});
