/**
 * The contact-request composer and the introduction-reply builder in every language: keyboard,
 * the counter that counts what a person sees, the second variant, several drafts, the decision
 * the quiz links with, edits, copying and reload, and axe at every step.
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
import { plural } from '../../src/i18n/format.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { contactRequestData } from '../../src/islands/builders/contact-request/locales/index.ts';
import { introReplyData } from '../../src/islands/builders/intro-reply/locales/index.ts';
import { awkwardText, contactAnswers, introAnswers, introDetails } from '../fixtures/builders.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
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
    expect(await page.locator('label[for="b-context"]').textContent()).toBe(
      t['contact-request'].fields.contextNotMet.label,
    );
    await page.keyboard.press('Tab');
    await typeAndTab(page, answers.theirName!);
    await typeAndTab(page, answers.context!);
    await typeAndTab(page, answers.offer!);
    await page.keyboard.press('Tab');
    await page.keyboard.type(answers.yourName!);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page), soon).toBe('b-draft');

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
    await expect
      .poll(() => page.locator('#b-counter').textContent(), soon)
      .toContain(new Intl.NumberFormat(locale).format(count - 300));
    expect(await page.locator('#b-counter').getAttribute('class')).toContain('builder__counter--over');
    await expect.poll(() => announced(page), soon).toContain(new Intl.NumberFormat(locale).format(count - 300));
    expect(await body.inputValue()).toBe(long);
    expect(await page.locator('.checklist__item--fail').textContent()).toContain(
      t['contact-request'].checks.length.label,
    );
    await page.getByRole('button', { name: t['contact-request'].copyBody }).click();
    await expect.poll(() => readClipboard(page), soon).toBe(long);

    // The second variant: a first personal message, with no character limit.
    await page.getByLabel(t['contact-request'].fields.kind.options.message).check();
    await page.getByRole('button', { name: t.common.rewrite }).click();
    await expect.poll(() => body.inputValue(), soon).toContain(contactRequestData[locale].wording.warm.message.later);
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
    expect(await picker.locator('option').allTextContents()).toEqual([
      expect.stringContaining('Tom'),
      expect.stringContaining(awkwardText.rtl),
    ]);
    await page.getByRole('button', { name: t.common.deleteDraft }).click();
    expect(await page.locator('#b-theirName').inputValue()).toBe(awkwardText.rtl);
    expect(await picker.locator('option').count()).toBe(1);
    // Deleting a draft is undone with the same control as every other deletion.
    const undo = page.getByRole('button', { name: t.common.undo });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement), soon).toBe(true);
    await page.keyboard.press('Enter');
    expect(await picker.locator('option').count()).toBe(2);
    expect(await page.locator('#b-theirName').inputValue()).toBe('Tom');
    await page.getByRole('button', { name: t.common.deleteDraft }).click();

    await page.getByRole('button', { name: t.common.clearAll }).click();
    const question = plural(locale, t.common.clearConfirmUndo, 1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), soon).toBe(question);
    expect(await page.getByRole('group', { name: question }).isVisible()).toBe(true);
    await expectNoAxe(page, 'confirm clearing');
    await page.getByRole('button', { name: t.common.clearYes }).click();
    expect(await page.locator('#b-theirName').inputValue()).toBe('');
    const stored = () =>
      page.evaluate(() =>
        Object.entries(localStorage)
          .filter(([key]) => key.startsWith('connector:record:draft-contact-request:'))
          .map(([, value]) => value)
          .join(),
      );
    expect(await stored()).not.toContain(awkwardText.rtl);
    await page.getByRole('button', { name: t.common.undo }).click();
    expect(await page.locator('#b-theirName').inputValue()).toBe(awkwardText.rtl);
    expect(await stored()).toContain(awkwardText.rtl);
    expect(problems).toEqual([]);
  });
});

describe.each(locales)('introduction reply builder in %s', (locale) => {
  const t = dictionaries[locale].builders;

  it('takes the decision from the quiz link, is filled by keyboard, edited, copied and restored on reload', async () => {
    const { page, problems, external } = await watchedPage(browser, clipboard);
    await openBuilder(page, `/${locale}/tools/intro-reply/?decision=decline`);
    expect(await page.locator('#b-decision-decline').isChecked()).toBe(true);
    expect(await page.locator('label[for="b-detail"]').textContent()).toContain(
      t['intro-reply'].fields.detailDecline.label,
    );
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
    await expect.poll(() => focusedId(page), soon).toBe('b-draft');
    expect(await failing(page)).toBe(0);
    expect(await page.locator('.checklist__item').count()).toBe(5);
    await expectNoAxe(page, 'reply written');

    // Without the promise to keep the introducer posted, that check turns.
    const body = page.locator('#b-body');
    await body.fill((await body.inputValue()).replace(`${introReplyData[locale].wording.posted}\n\n`, ''));
    await expect.poll(() => failing(page), soon).toBe(1);
    expect(await page.locator('.checklist__item--fail').textContent()).toContain(t['intro-reply'].checks.posted.label);
    await page.getByRole('button', { name: t['intro-reply'].copyBody }).click();
    await expect.poll(() => readClipboard(page), soon).toBe(await body.inputValue());

    const edited = await body.inputValue();
    await page.goto(`/${locale}/tools/intro-reply/`);
    await page.locator('.builder').waitFor();
    expect(await page.locator('#b-body').inputValue()).toBe(edited);
    expect(await page.locator('#b-decision-decline').isChecked()).toBe(true);

    // Postponing asks when you will write again.
    await page.getByLabel(t['intro-reply'].fields.decision.options['accept-later']).check();
    expect(await page.locator('label[for="b-later"]').textContent()).toContain(t['intro-reply'].fields.later.label);
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
