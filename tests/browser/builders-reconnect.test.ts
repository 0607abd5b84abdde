/**
 * The reconnection-email builder in every language, as a reader uses it: answers typed by keyboard,
 * the draft written and edited while the checklist follows, copying (the clipboard holds exactly
 * the text shown), the mailto link, the draft after a reload, errors that keep what was typed, and
 * axe at every step. Shared behaviour is in builders.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, locales, watchedPage } from '../support/browser.ts';
import {
  announced,
  clipboard,
  expectNoAxe,
  failing,
  focusedId,
  openBuilder,
  readClipboard,
  soon,
  typeAndTab,
} from '../support/builders.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { reconnectData } from '../../src/islands/builders/reconnect/locales/index.ts';
import { awkwardText, pressureSentences, reconnectAnswers } from '../fixtures/builders.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

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
    await expect.poll(() => focusedId(page), soon).toBe('b-draft');
    expect(await page.locator('#b-years').inputValue()).toBe(answers.years);
    expect(await page.locator(`#b-tone-${tone}`).isChecked()).toBe(true);
    const subject = page.locator('#b-subject');
    const body = page.locator('#b-body');
    expect(await body.inputValue()).toContain(answers.news);
    expect(await failing(page)).toBe(0);
    await expect.poll(() => announced(page), soon).toMatch(/9/);
    await expectNoAxe(page, 'draft written');

    // Remove the out: its check turns, and the change is announced once typing pauses.
    const out = reconnectData[locale].wording.tones[tone as 'warm' | 'formal'].out;
    await body.fill((await body.inputValue()).replace(`${out}\n\n`, ''));
    await expect.poll(() => failing(page), soon).toBe(1);
    expect(await page.locator('.checklist__item--fail').textContent()).toContain(t.reconnect.checks.out.label);
    await expect.poll(() => announced(page), soon).toContain(t.reconnect.checks.out.label);

    // A pushy sentence is flagged, and its words are marked in the preview.
    const { text: pushy, flagged } = pressureSentences[locale];
    await body.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n\n${pushy}`);
    await expect.poll(() => failing(page), soon).toBe(2);
    expect(await page.locator('.builder__preview mark').allTextContents()).toEqual(flagged);
    await expectNoAxe(page, 'checks failing, words flagged');

    // Copying puts exactly the text shown on the clipboard.
    const shownSubject = await subject.inputValue();
    const shownBody = await body.inputValue();
    await page.getByRole('button', { name: t.reconnect.copyBody, exact: true }).click();
    await expect.poll(() => page.locator('.builder__copied').textContent(), soon).toBe(t.common.copied);
    expect(await readClipboard(page)).toBe(shownBody);
    await page.getByRole('button', { name: t.reconnect.copySubject, exact: true }).click();
    await expect.poll(() => readClipboard(page), soon).toBe(shownSubject);
    await page.getByRole('button', { name: t.reconnect.copyBoth, exact: true }).click();
    await expect
      .poll(() => readClipboard(page), soon)
      .toBe(`${reconnectData[locale].wording.subjectLabel}: ${shownSubject}\n\n${shownBody}`);

    // The mailto link decodes back to exactly the draft.
    const href = (await page.getByRole('link', { name: t.reconnect.mailto }).getAttribute('href'))!;
    const params = Object.fromEntries(
      href
        .slice('mailto:?'.length)
        .split('&')
        .map((pair) => pair.split('=').map(decodeURIComponent)),
    );
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
    const summary = page.getByRole('alert');
    // GOV.UK's way: the box around the alert takes focus, the alert itself is announced.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.querySelector('[role="alert"]') !== null), soon)
      .toBe(true);
    expect(await summary.getByRole('heading').textContent()).toBe(t.common.errorTitle);
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
