/**
 * The three message builders in every language, as a reader uses them: answers typed by keyboard,
 * the draft written and edited while the checklist follows, copying (the clipboard holds exactly
 * the text shown), the mailto link, drafts that survive a reload, several drafts, errors that keep
 * what was typed, awkward input kept as text, the page without JavaScript, and axe at every step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch, locales, watchedPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { examples, readMdx } from '../support/content.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { reconnectData } from '../../src/islands/builders/reconnect/locales/index.ts';
import { contactData } from '../../src/islands/builders/contact-request/locales/index.ts';
import { introReplyData } from '../../src/islands/builders/intro-reply/locales/index.ts';
import { awkwardText, contactAnswers, introAnswers, introDetails, pressureSentences, reconnectAnswers } from '../fixtures/builders.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

/** Opens a builder page and waits until the island has replaced the static fallback. */
async function openBuilder(page: Page, path: string) {
  await page.goto(path);
  await page.locator('.builder').waitFor();
}

async function expectNoAxe(page: Page, step: string) {
  expect(await axeViolations(page), step).toEqual([]);
}

/** Types into the focused field, then moves on with Tab, as a keyboard user does. */
async function typeAndTab(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const failing = (page: Page) => page.locator('.checklist__item--fail').count();
const announced = (page: Page) => page.locator('.builder > [aria-live="polite"]').textContent();
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe.each(locales)('reconnection email builder in %s', (locale) => {
  const t = dictionaries[locale].builders;
  const answers = reconnectAnswers[locale];
  const tone = answers.tone!;

  it('is filled by keyboard, written, edited with the checks following, copied, opened as mailto, and restored on reload', async () => {
    const { page, problems, external } = await watchedPage(browser, clipboard);
    await openBuilder(page, `/${locale}/tools/reconnect/`);
    await expectNoAxe(page, 'empty form');

    await page.locator('#b-theirName').focus();
    await typeAndTab(page, answers.theirName!);
    await typeAndTab(page, answers.relation!);
    expect(await focusedId(page)).toBe('b-years');
    const years = ['1', '2', '3', '4', '5', '6'].indexOf(answers.years!) + 1;
    for (let i = 0; i < years; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await typeAndTab(page, answers.news!);
    await typeAndTab(page, answers.advice!);
    await typeAndTab(page, answers.offer!);
    expect(await focusedId(page)).toBe('b-tone-warm');
    if (tone === 'formal') await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('b-yourName');
    await page.keyboard.type(answers.yourName!);
    await page.keyboard.press('Enter');

    // The draft is written, focus moves to it, and the default draft passes every check.
    await expect.poll(() => focusedId(page)).toBe('b-draft');
    expect(await page.locator('#b-years').inputValue()).toBe(answers.years);
    expect(await page.locator(`#b-tone-${tone}`).isChecked()).toBe(true);
    const subject = page.locator('#b-subject');
    const body = page.locator('#b-body');
    expect(await body.inputValue()).toContain(answers.news);
    expect(await failing(page)).toBe(0);
    await expect.poll(() => announced(page)).toMatch(/9/);
    await expectNoAxe(page, 'draft written');

    // Remove the out: its check turns, and the change is announced once typing pauses.
    const out = reconnectData[locale].wording.tones[tone as 'warm' | 'formal'].out;
    await body.fill((await body.inputValue()).replace(`${out}\n\n`, ''));
    await expect.poll(() => failing(page)).toBe(1);
    expect(await page.locator('.checklist__item--fail').textContent()).toContain(t.reconnect.checks.out.label);
    await expect.poll(() => announced(page)).toContain(t.reconnect.checks.out.label);

    // A pushy sentence is flagged, and its words are marked in the preview.
    const { text: pushy, flagged } = pressureSentences[locale];
    await body.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n\n${pushy}`);
    await expect.poll(() => failing(page)).toBe(2);
    expect(await page.locator('.builder__preview mark').allTextContents()).toEqual(flagged);
    await expectNoAxe(page, 'checks failing, words flagged');

    // Copying puts exactly the text shown on the clipboard.
    const shownSubject = await subject.inputValue();
    const shownBody = await body.inputValue();
    await page.getByRole('button', { name: t.reconnect.copyBody, exact: true }).click();
    await expect.poll(() => page.locator('.builder__copied').textContent()).toBe(t.common.copied);
    expect(await readClipboard(page)).toBe(shownBody);
    await page.getByRole('button', { name: t.reconnect.copySubject, exact: true }).click();
    await expect.poll(() => readClipboard(page)).toBe(shownSubject);
    await page.getByRole('button', { name: t.reconnect.copyBoth, exact: true }).click();
    await expect.poll(() => readClipboard(page)).toBe(`${reconnectData[locale].wording.subjectLabel}: ${shownSubject}\n\n${shownBody}`);

    // The mailto link decodes back to exactly the draft.
    const href = (await page.getByRole('link', { name: t.reconnect.mailto }).getAttribute('href'))!;
    const params = Object.fromEntries(href.slice('mailto:?'.length).split('&').map((pair) => pair.split('=').map(decodeURIComponent)));
    expect(params.subject).toBe(shownSubject);
    expect(params.body).toBe(shownBody.replace(/\n/g, '\r\n'));

    // Reload: the answers and the edited draft are back.
    await page.reload();
    await page.locator('.builder').waitFor();
    expect(await page.locator('#b-theirName').inputValue()).toBe(answers.theirName);
    expect(await page.locator('#b-subject').inputValue()).toBe(shownSubject);
    expect(await page.locator('#b-body').inputValue()).toBe(shownBody);
    expect(await failing(page)).toBe(2);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('names missing answers in a summary that focuses each field, and keeps what was typed', async () => {
    const { page, problems } = await watchedPage(browser);
    await openBuilder(page, `/${locale}/tools/reconnect/`);
    await page.locator('#b-news').fill(awkwardText.markup);
    await page.getByRole('button', { name: t.common.write }).click();
    const summary = page.locator('#b-errors');
    await expect.poll(() => focusedId(page)).toBe('b-errors');
    const links = summary.getByRole('link');
    expect(await links.allTextContents()).toEqual([
      t.reconnect.fields.theirName.error,
      t.reconnect.fields.years.error,
      t.reconnect.fields.advice.error,
      t.reconnect.fields.yourName.error,
    ]);
    expect(await page.locator('#b-theirName').getAttribute('aria-describedby')).toContain('b-theirName-error');
    await expectNoAxe(page, 'error summary');
    await links.nth(1).click();
    expect(await focusedId(page)).toBe('b-years');
    expect(await page.locator('#b-news').inputValue()).toBe(awkwardText.markup);
    expect(await page.locator('#b-body').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe.each(locales)('contact request composer in %s', (locale) => {
  const t = dictionaries[locale].builders;

  it('counts characters as a person does, warns past 300 without cutting, and offers a personal message instead', async () => {
    const { page, problems } = await watchedPage(browser, clipboard);
    await openBuilder(page, `/${locale}/tools/contact-request/`);
    const answers = contactAnswers[locale].notMet;
    // Keyboard: the kind is preselected; "not met" is the second choice of the second group.
    await page.locator('#b-kind-request').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#b-met-no').isChecked()).toBe(true);
    expect(await page.locator('label[for="b-context"]').textContent()).toBe(t.contactRequest.fields.contextNotMet.label);
    await page.keyboard.press('Tab');
    await typeAndTab(page, answers.theirName!);
    await typeAndTab(page, answers.context!);
    await typeAndTab(page, answers.offer!);
    await page.keyboard.press('Tab');
    await page.keyboard.type(answers.yourName!);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('b-draft');

    const body = page.locator('#b-body');
    expect(await body.getAttribute('aria-describedby')).toContain('b-counter');
    const text = await body.inputValue();
    const left = 300 - [...new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(text)].length;
    expect(await page.locator('#b-counter').textContent()).toContain(new Intl.NumberFormat(locale).format(left));
    expect(await failing(page)).toBe(0);
    await expectNoAxe(page, 'request written');

    // Emoji and e + combining accent count once each; past the limit the text is kept and flagged.
    await body.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${'👩🏽‍💻e\u0301'.repeat(Math.ceil(left / 2) + 2)}`);
    const long = await body.inputValue();
    const count = [...new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(long)].length;
    expect(count).toBeGreaterThan(300);
    await expect.poll(() => page.locator('#b-counter').textContent()).toContain(new Intl.NumberFormat(locale).format(count - 300));
    expect(await page.locator('#b-counter').getAttribute('class')).toContain('builder__counter--over');
    await expect.poll(() => announced(page)).toContain(new Intl.NumberFormat(locale).format(count - 300));
    expect(await body.inputValue()).toBe(long);
    expect(await page.locator('.checklist__item--fail').textContent()).toContain(t.contactRequest.checks.length.label);
    await page.getByRole('button', { name: t.contactRequest.copyBody }).click();
    await expect.poll(() => readClipboard(page)).toBe(long);

    // The second variant: a first personal message, with no character limit.
    await page.getByLabel(t.contactRequest.fields.kind.options.message).check();
    await page.getByRole('button', { name: t.common.rewrite }).click();
    await expect.poll(() => body.inputValue()).toContain(contactData[locale].wording.warm.message.later);
    expect(await page.locator('#b-counter').count()).toBe(0);
    expect(await failing(page)).toBe(0);
    await expectNoAxe(page, 'personal message');
    expect(problems).toEqual([]);
  });

  it('keeps several drafts, switches between them, deletes one and clears all', async () => {
    const { page, problems } = await watchedPage(browser);
    await openBuilder(page, `/${locale}/tools/contact-request/`);
    await page.locator('#b-theirName').fill('Tom');
    await page.getByRole('button', { name: t.common.newDraft }).click();
    expect(await page.locator('#b-theirName').inputValue()).toBe('');
    await page.locator('#b-theirName').fill(awkwardText.rtl);
    const picker = page.getByLabel(t.common.draftPicker);
    expect(await picker.locator('option').count()).toBe(2);
    await picker.selectOption({ index: 0 });
    expect(await page.locator('#b-theirName').inputValue()).toBe('Tom');

    await page.reload();
    await page.locator('.builder').waitFor();
    expect(await picker.locator('option').allTextContents()).toEqual([expect.stringContaining('Tom'), expect.stringContaining(awkwardText.rtl)]);
    await page.getByRole('button', { name: t.common.deleteDraft }).click();
    expect(await page.locator('#b-theirName').inputValue()).toBe(awkwardText.rtl);
    expect(await picker.locator('option').count()).toBe(1);

    await page.getByRole('button', { name: t.common.clearAll }).click();
    await expect.poll(() => focusedId(page)).toBe('b-confirm');
    await expectNoAxe(page, 'confirm clearing');
    await page.getByRole('button', { name: t.common.clearYes }).click();
    expect(await page.locator('#b-theirName').inputValue()).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('connector:builders:contact-request'))).toBeNull();
    expect(problems).toEqual([]);
  });
});

describe.each(locales)('introduction reply builder in %s', (locale) => {
  const t = dictionaries[locale].builders;

  it('takes the decision from the quiz link, is filled by keyboard, edited, copied and restored on reload', async () => {
    const { page, problems, external } = await watchedPage(browser, clipboard);
    await openBuilder(page, `/${locale}/tools/intro-reply/?decision=decline`);
    expect(await page.locator('#b-decision-decline').isChecked()).toBe(true);
    expect(await page.locator('label[for="b-detail"]').textContent()).toContain(t.introReply.fields.detailDecline.label);
    expect(await page.locator('#b-later').count()).toBe(0);
    const answers = introAnswers[locale];
    await page.locator('#b-introducer').focus();
    await typeAndTab(page, answers.introducer!);
    await typeAndTab(page, answers.contact!);
    expect(await focusedId(page)).toBe('b-decision-decline');
    await page.keyboard.press('Tab');
    await typeAndTab(page, introDetails[locale].decline);
    expect(await focusedId(page)).toBe('b-name');
    await page.keyboard.type(answers.name!);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('b-draft');
    expect(await failing(page)).toBe(0);
    expect(await page.locator('.checklist__item').count()).toBe(5);
    await expectNoAxe(page, 'reply written');

    // Without the promise to keep the introducer posted, that check turns.
    const body = page.locator('#b-body');
    await body.fill((await body.inputValue()).replace(`${introReplyData[locale].wording.posted}\n\n`, ''));
    await expect.poll(() => failing(page)).toBe(1);
    expect(await page.locator('.checklist__item--fail').textContent()).toContain(t.introReply.checks.posted.label);
    await page.getByRole('button', { name: t.introReply.copyBody }).click();
    await expect.poll(() => readClipboard(page)).toBe(await body.inputValue());

    const edited = await body.inputValue();
    await page.goto(`/${locale}/tools/intro-reply/`);
    await page.locator('.builder').waitFor();
    expect(await page.locator('#b-body').inputValue()).toBe(edited);
    expect(await page.locator('#b-decision-decline').isChecked()).toBe(true);

    // Postponing asks when you will write again.
    await page.getByLabel(t.introReply.fields.decision.options['accept-later']).check();
    expect(await page.locator('label[for="b-later"]').textContent()).toContain(t.introReply.fields.later.label);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('starts a new draft for the quiz’s decision rather than overwrite a reply in progress', async () => {
    const { page, problems } = await watchedPage(browser);
    await openBuilder(page, `/${locale}/tools/intro-reply/?decision=accept-now`);
    await page.locator('#b-introducer').fill(introAnswers[locale].introducer!);
    await page.goto(`/${locale}/tools/intro-reply/?decision=accept-later`);
    await page.locator('.builder').waitFor();
    expect(await page.locator('#b-decision-accept-later').isChecked()).toBe(true);
    expect(await page.locator('#b-introducer').inputValue()).toBe('');
    expect(await page.getByLabel(t.common.draftPicker).locator('option').count()).toBe(2);
    expect(problems).toEqual([]);
  });
});

describe('builders in any language', () => {
  it('show markup, script tags, emoji and right-to-left text as text, never as markup', async () => {
    const { page, problems } = await watchedPage(browser);
    await openBuilder(page, '/en/tools/intro-reply/');
    await page.locator('#b-introducer').fill(awkwardText.markup);
    await page.locator('#b-contact').fill(`${awkwardText.emoji} ${awkwardText.rtl}`);
    await page.locator('#b-decision-accept-now').check();
    await page.locator('#b-detail').fill(awkwardText.long);
    await page.getByRole('button', { name: dictionaries.en.builders.common.write }).click();
    const body = await page.locator('#b-body').inputValue();
    expect(body).toContain(awkwardText.markup);
    expect(body).toContain(awkwardText.emoji);
    expect(body).toContain(awkwardText.rtl);
    expect(body).toContain(awkwardText.long);
    expect(await page.locator('.builder img, .builder script, .builder b').count()).toBe(0);
    expect(await page.locator('#b-introducer').getAttribute('dir')).toBe('auto');
    expect(problems).toEqual([]);
  });

  it('carry on quietly when saved drafts are corrupt', async () => {
    const { page, context, problems } = await watchedPage(browser);
    await context.addInitScript(() => localStorage.setItem('connector:builders:reconnect', '{"drafts": 12'));
    await openBuilder(page, '/sv/tools/reconnect/');
    expect(await page.locator('.builder__notice').textContent()).toBe(dictionaries.sv.builders.common.storageCorrupt);
    await page.locator('#b-theirName').fill('Sara');
    expect(await page.locator('#b-theirName').inputValue()).toBe('Sara');
    expect(problems).toEqual([]);
  });

  it('work in memory, and say so, when the browser blocks storage', async () => {
    const { page, context, problems } = await watchedPage(browser);
    await context.addInitScript(() => Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } }));
    await openBuilder(page, '/fi/tools/contact-request/');
    expect(await page.locator('.builder__notice').textContent()).toBe(dictionaries.fi.builders.common.storageUnavailable);
    await page.locator('#b-met-yes').check();
    await page.locator('#b-theirName').fill('Heidi');
    await page.locator('#b-context').fill('eilen Tampere-talolla');
    await page.getByRole('button', { name: dictionaries.fi.builders.common.write }).click();
    expect(await page.locator('#b-body').inputValue()).toContain('Heidi');
    expect(problems).toEqual([]);
  });

  it('show the lesson’s examples to copy by hand when JavaScript is off', async () => {
    const { page, problems } = await watchedPage(browser, { javaScriptEnabled: false });
    for (const locale of locales) {
      for (const [tool, lesson, from] of [['reconnect', 'reconnecting', 0], ['contact-request', 'contact-requests', 2], ['intro-reply', 'introductions', 0]] as const) {
        await page.goto(`/${locale}/tools/${tool}/`);
        const written = examples(readMdx('lessons', locale, `${lesson}.mdx`).body).slice(from);
        const shown = page.locator('.builder-fallback figure');
        expect(await shown.count(), `${locale} ${tool}`).toBe(written.length);
        for (const [index, example] of written.entries()) {
          expect((await shown.nth(index).locator('.example__text').innerText()).trim()).toBe(example.text);
        }
        expect(await page.getByText(dictionaries[locale].builders.page.needsScript).isVisible()).toBe(true);
        expect(await page.locator('.builder, .builder__form').count()).toBe(0);
      }
    }
    expect(problems).toEqual([]);

    // axe needs script in the page: run it where the island's code never arrives instead.
    const { page: stalled, context } = await watchedPage(browser);
    await context.route('**/_astro/*.js', (route) => route.abort());
    for (const tool of ['reconnect', 'contact-request', 'intro-reply']) {
      await stalled.goto(`/de/tools/${tool}/`);
      expect(await stalled.locator('.builder-fallback figure').count()).toBeGreaterThan(0);
      await expectNoAxe(stalled, `${tool} without its script`);
    }
  });

  it('load at most 80 KB of JavaScript (gzip), React included, with one shared copy of React and the framework', async () => {
    const scripts = new Map<string, string[]>();
    for (const tool of ['reconnect', 'contact-request', 'intro-reply']) {
      const { page } = await watchedPage(browser);
      const sizes: Array<Promise<{ url: string; gzip: number }>> = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') {
          sizes.push(response.body().then((b) => ({ url: new URL(response.url()).pathname, gzip: gzipSync(b, { level: 9 }).length })));
        }
      });
      await openBuilder(page, `/fi/tools/${tool}/`);
      await page.waitForLoadState('networkidle');
      const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
      const loaded = await Promise.all(sizes);
      const total = loaded.reduce((sum, s) => sum + s.gzip, 0) + gzipSync(inline, { level: 9 }).length;
      expect(total, `${tool}: ${loaded.map((s) => `${s.url} ${s.gzip}`).join(', ')}`).toBeLessThanOrEqual(80 * 1024);
      scripts.set(tool, loaded.map((s) => s.url));
    }
    // The React renderer and the builders' shared chunk are the same files on all three pages.
    const [a, b, c] = [...scripts.values()].map((urls) => new Set(urls));
    const shared = [...a!].filter((url) => b!.has(url) && c!.has(url));
    expect(shared.some((url) => /\/_astro\/client\./.test(url))).toBe(true);
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });
});
