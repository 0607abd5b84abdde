/**
 * The contact-request composer and the introduction-reply builder in every language: keyboard,
 * the counter that counts what a person sees and follows the platform, the second variant, several
 * drafts, the decision the quiz links with, edits, copying and reload, and axe at every step.
 * Elements are found by their role and the dictionary's label.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clipboard, isFocused, locales, readClipboard, useBrowser, watchedPage } from '../support/browser.ts';
import { expectNoAxe } from '../support/axe.ts';
import { announced, failing, openBuilder, typeAndTab } from '../support/builders.ts';
import { plural } from '../../src/i18n/format.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';
import { fill } from '../../src/islands/builders/message.ts';
import { countedText } from '../../src/islands/builders/counted.ts';
import { dateLocale } from '../../src/lib/days.ts';
import { germanAddress } from '../../src/islands/builders/grammar/de-address.ts';
import { render } from '../../src/islands/builders/letter.ts';
import { readContactRequest } from '../../src/islands/builders/contact-request/contact-request.ts';
import { contactRequestData } from '../../src/islands/builders/contact-request/locales/index.ts';
import { introReplyInput, readIntroReply } from '../../src/islands/builders/intro-reply/intro-reply.ts';
import { introReplyData } from '../../src/islands/builders/intro-reply/locales/index.ts';
import { awkwardText, contactAnswers, introAnswers, introDetails } from '../fixtures/builders.ts';

const browser = useBrowser();

const graphemes = (text: string, locale: string) =>
  [...new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(text)].length;

/** The counter under the draft: the text the draft's aria-describedby points to last. */
async function counterText(page: Page, bodyLabel: string) {
  const ids = (await page.getByLabel(bodyLabel, { exact: true }).getAttribute('aria-describedby')) ?? '';
  const id = ids.split(' ').find((part) => part.endsWith('counter'));
  return id ? withoutSoftHyphens((await page.locator(`[id="${id}"]`).textContent()) ?? '') : null;
}

describe.each(locales)('contact request composer in %s', (locale) => {
  const t = dictionaries[locale].builders;
  const c = t.common;
  const f = t['contact-request'].fields;
  const body = t['contact-request'].body;

  it('counts characters as a person does, warns past a free LinkedIn note’s 200 without cutting, and offers a personal message instead', async () => {
    const { page, problems } = await watchedPage(browser(), clipboard);
    await openBuilder(page, `/${locale}/tools/contact-request/`);
    const answers = contactAnswers[locale].notMet;
    expect(await page.getByLabel(f.platform.label).inputValue()).toBe('linkedin');
    // Keyboard: the kind is preselected; "not met" is the second choice of the next group.
    await page.getByRole('radio', { name: f.kind.options.request }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: f.met.options.no }).isChecked()).toBe(true);
    expect(await page.getByLabel(f.reasonNotMet.label).count()).toBe(1);
    await page.keyboard.press('Tab');
    await typeAndTab(page, answers.theirName!);
    await typeAndTab(page, answers.about!);
    await typeAndTab(page, answers.reason!);
    await typeAndTab(page, answers.hope!);
    await typeAndTab(page, answers.offer!);
    // German reads "Sie" from "Herr Dr. Lang"; elsewhere the reader picks the more formal tone.
    const tone = page.getByRole('radio', { name: f.tone.options[answers.tone as 'warm' | 'formal'] });
    if (locale === 'de') expect(await tone.isChecked()).toBe(true);
    else if (!(await tone.isChecked())) await page.keyboard.press('ArrowDown');
    expect(await tone.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type(answers.yourName!);
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(page.getByRole('heading', { name: c.draft, exact: true }))).toBe(true);

    const draft = page.getByLabel(body, { exact: true });
    const text = await draft.inputValue();
    expect(text).toBe(
      render(
        contactRequestData[locale].compose(readContactRequest({ ...answers, platform: 'linkedin', kind: 'request' })),
      ).body,
    );
    const left = 200 - graphemes(text, locale);
    expect(await counterText(page, body)).toBe(countedText(locale, c.left, left));
    expect(await failing(page)).toBe(0);
    await expectNoAxe(page, 'request written');

    // Emoji and e + combining accent count once each; past the limit the text is kept and flagged.
    await draft.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${'👩🏽‍💻e\u0301'.repeat(Math.ceil(left / 2) + 2)}`);
    const long = await draft.inputValue();
    const count = graphemes(long, locale);
    expect(count).toBeGreaterThan(200);
    await expect.poll(() => counterText(page, body)).toBe(countedText(locale, c.over, count - 200));
    await expect.poll(() => announced(page)).toContain(new Intl.NumberFormat(locale).format(count - 200));
    expect(await draft.inputValue()).toBe(long);
    const checks = page.getByRole('region', { name: c.checks });
    expect(
      await checks.getByRole('listitem').filter({ hasText: t['contact-request'].checks.length.label }).textContent(),
    ).toContain(c.fail);
    await page.getByRole('button', { name: t['contact-request'].copyBody }).click();
    await expect.poll(() => readClipboard(page)).toBe(long);

    // The second variant: a first personal message, with no character limit.
    await page.getByRole('radio', { name: f.kind.options.message }).check();
    await page.getByRole('button', { name: c.rewrite }).click();
    const message = render(
      contactRequestData[locale].compose(readContactRequest({ ...answers, platform: 'linkedin', kind: 'message' })),
    ).body;
    await expect.poll(() => draft.inputValue()).toBe(message);
    expect(await counterText(page, body)).toBeNull();
    expect(await failing(page)).toBe(0);
    await expectNoAxe(page, 'personal message');

    // German: "du" typed into this "Sie" message stays as typed, and the address check flags it.
    if (locale === 'de') {
      const slip = `${message}\nWie geht es dir?`;
      await draft.fill(slip);
      const item = checks
        .getByRole('listitem')
        .filter({ hasText: germanAddress.checkStrings['register-formal'].label });
      await expect.poll(() => item.textContent()).toContain(c.fail);
      expect(await item.textContent()).toContain(fill(c.flagged, { list: fill(c.quote, { text: 'dir' }) }));
      expect(await draft.inputValue()).toBe(slip);
    }
    expect(problems).toEqual([]);
  });

  it('follows the platform: Premium’s 300, a recommendation elsewhere, and a subject line for an email', async () => {
    const { page, problems } = await watchedPage(browser());
    await openBuilder(page, `/${locale}/tools/contact-request/`);
    const answers = contactAnswers[locale].met;
    await page.getByRole('radio', { name: f.met.options.yes }).check();
    await page.getByLabel(f.theirName.label).fill(answers.theirName!);
    await page.getByLabel(f.reasonMet.label).fill(answers.reason!);
    await page.getByLabel(f.platform.label).selectOption('linkedin-premium');
    await page.getByRole('button', { name: c.write }).click();
    const draft = page.getByLabel(body, { exact: true });
    const left = 300 - graphemes(await draft.inputValue(), locale);
    await expect.poll(() => counterText(page, body)).toBe(countedText(locale, c.left, left));

    await page.getByLabel(f.platform.label).selectOption('other');
    await expect.poll(() => counterText(page, body)).toBe(countedText(locale, c.leftRecommended, left, { limit: 300 }));

    await page.getByLabel(f.platform.label).selectOption('email');
    expect(await page.getByRole('radio', { name: f.kind.options.request }).count()).toBe(0);
    // An email is signed: the name is now asked for.
    await page.getByRole('button', { name: c.rewrite }).click();
    // The error summary's code comes with the first errors (src/islands/shared/ErrorSummary.tsx).
    const missing = page.getByRole('link', { name: f.yourName.error });
    await missing.waitFor();
    expect(await missing.count()).toBe(1);
    await page.getByLabel(f.yourName.label).fill(answers.yourName!);
    await page.getByRole('button', { name: c.rewrite }).click();
    await expect.poll(() => page.getByLabel(c.subject, { exact: true }).inputValue()).not.toBe('');
    expect(await counterText(page, body)).toBeNull();
    const mailto = page.getByRole('link', { name: t['contact-request'].mailto });
    expect(await mailto.count()).toBe(1);
    expect(decodeURIComponent((await mailto.getAttribute('href'))!)).not.toContain(SOFT_HYPHEN);
    await expectNoAxe(page, 'email variant');
    expect(problems).toEqual([]);
  });

  it('keeps several drafts, switches between them, deletes one and clears all', async () => {
    const { page, problems } = await watchedPage(browser());
    await openBuilder(page, `/${locale}/tools/contact-request/`);
    const name = () => page.getByLabel(f.theirName.label);
    await name().fill('Tom');
    await page.getByRole('button', { name: c.newDraft }).click();
    expect(await name().inputValue()).toBe('');
    await name().fill(awkwardText.rtl);
    const picker = page.getByLabel(c.draftPicker);
    expect(await picker.locator('option').count()).toBe(2);
    await picker.selectOption({ index: 0 });
    expect(await name().inputValue()).toBe('Tom');

    await page.reload();
    await page.getByRole('form', { name: c.answers }).waitFor();
    // Two drafts are told apart by the day each last changed; a lone draft goes by its name alone.
    const today = new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'medium' }).format(new Date());
    const options = await picker.locator('option').allTextContents();
    expect(options.map((option) => option.split(' · '))).toEqual([
      ['Tom', expect.stringContaining(today)],
      [awkwardText.rtl, expect.stringContaining(today)],
    ]);
    await page.getByRole('button', { name: c.deleteDraft }).click();
    expect(await name().inputValue()).toBe(awkwardText.rtl);
    expect(await picker.locator('option').allTextContents()).toEqual([awkwardText.rtl]);
    // Deleting a draft is undone with the same control as every other deletion.
    const undo = page.getByRole('button', { name: t.common.undo });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await picker.locator('option').count()).toBe(2);
    expect(await name().inputValue()).toBe('Tom');
    await page.getByRole('button', { name: t.common.deleteDraft }).click();

    await page.getByRole('button', { name: t.common.clearAll }).click();
    const question = plural(locale, t.common.clearConfirmUndo, 1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.replaceAll('\u00AD', '')))
      .toBe(question);
    expect(await page.getByRole('group', { name: question }).isVisible()).toBe(true);
    await expectNoAxe(page, 'confirm clearing');
    await page.getByRole('button', { name: t.common.clearYes }).click();
    expect(await name().inputValue()).toBe('');
    const stored = () =>
      page.evaluate(() =>
        Object.entries(localStorage)
          .filter(([key]) => key.startsWith('connector:record:draft-contact-request:'))
          .map(([, value]) => value)
          .join(),
      );
    expect(await stored()).not.toContain(awkwardText.rtl);
    await page.getByRole('button', { name: t.common.undo }).click();
    expect(await name().inputValue()).toBe(awkwardText.rtl);
    expect(await stored()).toContain(awkwardText.rtl);
    expect(problems).toEqual([]);
  });
});

describe.each(locales)('introduction reply builder in %s', (locale) => {
  const t = dictionaries[locale].builders;
  const c = t.common;
  const f = t['intro-reply'].fields;
  const body = t['intro-reply'].body;

  it('takes the decision from the quiz link, is filled by keyboard, edited, copied and restored on reload', async () => {
    const { page, problems, external } = await watchedPage(browser(), clipboard);
    await openBuilder(page, `/${locale}/tools/intro-reply/?decision=decline`);
    expect(await page.getByRole('radio', { name: f.decision.options.decline }).isChecked()).toBe(true);
    expect(await page.getByLabel(f.detailDecline.label).count()).toBe(1);
    expect(await page.getByLabel(f.later.label).count()).toBe(0);
    const answers = introAnswers[locale];
    await page.getByLabel(f.introducer.label).focus();
    await typeAndTab(page, answers.introducer!);
    await typeAndTab(page, answers.contact!);
    expect(await isFocused(page.getByRole('radio', { name: f.tone.options.warm }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('radio', { name: f.decision.options.decline }))).toBe(true);
    await page.keyboard.press('Tab');
    await typeAndTab(page, introDetails[locale].decline);
    // The change is decided: the second choice of the group.
    expect(await isFocused(page.getByRole('radio', { name: f.change.options.considering }))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByLabel(f.name.label))).toBe(true);
    await page.keyboard.type(answers.name!);
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(page.getByRole('heading', { name: c.draft, exact: true }))).toBe(true);
    expect(await failing(page)).toBe(0);
    // Five checks for a decline; German adds its address check (du or Sie throughout).
    expect(await page.getByRole('region', { name: c.checks }).getByRole('listitem').count()).toBe(
      locale === 'de' ? 6 : 5,
    );
    await expectNoAxe(page, 'reply written');

    // Without the promise to keep the introducer posted, that check turns.
    const inputs = { ...answers, decision: 'decline', detail: introDetails[locale].decline, change: 'decided' };
    const writer = introReplyData[locale];
    const posted = writer
      .compose(readIntroReply(introReplyInput(inputs), writer))
      .paragraphs.flat()
      .find((p) => p.move === 'posted')!.text;
    const draft = page.getByLabel(body, { exact: true });
    await draft.fill((await draft.inputValue()).replace(`${posted}\n\n`, ''));
    await expect.poll(() => failing(page)).toBe(1);
    const checks = page.getByRole('region', { name: c.checks });
    expect(
      await checks.getByRole('listitem').filter({ hasText: t['intro-reply'].checks.posted.label }).textContent(),
    ).toContain(c.fail);
    await page.getByRole('button', { name: t['intro-reply'].copyBody }).click();
    await expect.poll(() => readClipboard(page)).toBe(await draft.inputValue());

    const edited = await draft.inputValue();
    await page.goto(`/${locale}/tools/intro-reply/`);
    await page.getByRole('form', { name: c.answers }).waitFor();
    expect(await page.getByLabel(body, { exact: true }).inputValue()).toBe(edited);
    expect(await page.getByRole('radio', { name: f.decision.options.decline }).isChecked()).toBe(true);

    // Postponing asks what stands in the way and when you will write again, down to a day.
    await page.getByRole('radio', { name: f.decision.options['accept-later'] }).check();
    expect(await page.getByLabel(f.detailLater.label).count()).toBe(1);
    await page.getByLabel(f.later.label).selectOption('date');
    await page.getByLabel(f.laterDate.label).fill('2027-01-11');
    await page.getByLabel(f.detailLater.label).fill(introDetails[locale]['accept-later']);
    await page.getByRole('button', { name: c.rewrite }).click();
    const day = {
      en: 'on Monday 11 January',
      de: 'am Montag, dem 11. Januar,',
      fi: 'maanantaina 11. tammikuuta',
      sv: 'måndagen den 11 januari',
    }[locale];
    await expect.poll(() => page.getByLabel(body, { exact: true }).inputValue()).toContain(day);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('starts a new draft for the quiz’s decision rather than overwrite a reply in progress', async () => {
    const { page, problems } = await watchedPage(browser());
    await openBuilder(page, `/${locale}/tools/intro-reply/?decision=accept-now`);
    await page.getByLabel(f.introducer.label).fill(introAnswers[locale].introducer!);
    await page.goto(`/${locale}/tools/intro-reply/?decision=accept-later`);
    await page.getByRole('form', { name: c.answers }).waitFor();
    expect(await page.getByRole('radio', { name: f.decision.options['accept-later'] }).isChecked()).toBe(true);
    expect(await page.getByLabel(f.introducer.label).inputValue()).toBe('');
    expect(await page.getByLabel(c.draftPicker).locator('option').count()).toBe(2);
    expect(problems).toEqual([]);
  });
});
