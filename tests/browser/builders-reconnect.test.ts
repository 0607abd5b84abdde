/**
 * The reconnection-email builder in every language, as a reader uses it: answers typed by keyboard,
 * the draft written and edited while the checklist follows, copying (the clipboard holds exactly
 * the text shown), the mailto link, the draft after a reload, errors that keep what was typed, and
 * axe at every step. Elements are found by their role and the dictionary's label. Shared behaviour
 * is in builders.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { clipboard, isFocused, locales, readClipboard, typeText, useBrowser, watchedPage } from '../support/browser.ts';
import { expectNoAxe } from '../support/axe.ts';
import { announced, failing, openBuilder, typeAndTab } from '../support/builders.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';
import { readReconnect } from '../../src/islands/builders/reconnect/reconnect.ts';
import { reconnectData } from '../../src/islands/builders/reconnect/locales/index.ts';
import { addressSlips } from '../../src/islands/builders/address.ts';
import { germanAddress } from '../../src/islands/builders/grammar/de-address.ts';
import { awkwardText, pressureSentences, reconnectAnswers } from '../fixtures/builders.ts';

const browser = useBrowser();

describe.each(locales)('reconnection email builder in %s', (locale) => {
  const t = dictionaries[locale].builders;
  const f = t.reconnect.fields;
  const answers = reconnectAnswers[locale];
  const tone = answers.tone as 'warm' | 'formal';

  it('is filled by keyboard, written, edited with the checks following, copied, opened as mailto, and restored on reload', async () => {
    const { page, problems, external } = await watchedPage(browser(), clipboard);
    await openBuilder(page, `/${locale}/tools/reconnect/`);
    await expectNoAxe(page, 'empty form');

    await page.getByLabel(f.theirName.label).focus();
    await typeAndTab(page, answers.theirName!);
    // The relationship group: Tab lands on the chosen "former colleague"; one step up is the manager.
    expect(await isFocused(page.getByRole('radio', { name: f.relationship.options.colleague }))).toBe(true);
    if (answers.relationship === 'manager') await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByLabel(f.years.label))).toBe(true);
    const years = ['1', '2', '3', '4', '5', '6'].indexOf(answers.years!) + 1;
    for (let i = 0; i < years; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await typeAndTab(page, answers.memory!);
    await typeAndTab(page, answers.news!);
    await typeAndTab(page, answers.advice!);
    await typeAndTab(page, answers.offer!);
    // The tone: German follows the name (Frau Huber: "Sie"); elsewhere the warm tone is preselected.
    const toneRadio = page.getByRole('radio', { name: f.tone.options[tone] });
    expect(await toneRadio.isChecked()).toBe(true);
    expect(await isFocused(toneRadio)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByLabel(f.yourName.label))).toBe(true);
    await page.keyboard.type(answers.yourName!);
    await page.keyboard.press('Enter');

    // The draft is written, focus moves to it, and the default draft passes every check.
    const draftHeading = page.getByRole('heading', { name: t.common.draft, exact: true });
    await expect.poll(() => isFocused(draftHeading)).toBe(true);
    expect(await page.getByRole('radio', { name: f.relationship.options.manager }).isChecked()).toBe(
      answers.relationship === 'manager',
    );
    const subject = page.getByLabel(t.common.subject, { exact: true });
    const body = page.getByLabel(t.reconnect.body, { exact: true });
    expect(await body.inputValue()).toContain(answers.news);
    expect(await failing(page)).toBe(0);
    // Nine checks; German adds its address check (Sie throughout, here).
    await expect.poll(() => announced(page)).toMatch(locale === 'de' ? /10/ : /9/);
    await expectNoAxe(page, 'draft written');

    // Remove the out: its check turns, and the change is announced once typing pauses.
    const letter = reconnectData[locale].compose(readReconnect(answers));
    const out = letter.paragraphs.flat().find((part) => part.move === 'out')!.text;
    await body.fill((await body.inputValue()).replace(`${out}\n\n`, ''));
    await expect.poll(() => failing(page)).toBe(1);
    const checks = page.getByRole('region', { name: t.common.checks });
    expect(
      await checks.getByRole('listitem').filter({ hasText: t.reconnect.checks.out.label }).textContent(),
    ).toContain(t.common.fail);
    await expect.poll(() => announced(page)).toContain(t.reconnect.checks.out.label);

    // A pushy sentence is flagged, and its words are marked in the preview.
    const { text: pushy, flagged } = pressureSentences[locale];
    await body.focus();
    await page.keyboard.press('Control+End');
    await typeText(page, `\n\n${pushy}`);
    // The German sentence says "du", so in this "Sie" email the address check flags it too.
    const slips = locale === 'de' ? addressSlips(pushy, 'formal', germanAddress.address, []) : [];
    await expect.poll(() => failing(page)).toBe(slips.length ? 3 : 2);
    const marked = [...flagged.map((text) => ({ text, start: pushy.indexOf(text) })), ...slips]
      .sort((a, b) => a.start - b.start)
      .map((m) => m.text);
    expect(await page.getByRole('figure', { name: t.common.preview }).locator('mark').allTextContents()).toEqual(
      marked,
    );
    await expectNoAxe(page, 'checks failing, words flagged');

    // Copying puts exactly the text shown on the clipboard.
    const shownSubject = await subject.inputValue();
    const shownBody = await body.inputValue();
    await page.getByRole('button', { name: t.reconnect.copyBody, exact: true }).click();
    await expect
      .poll(async () => {
        const status = page.getByRole('region', { name: t.common.send }).getByRole('status');
        return withoutSoftHyphens((await status.textContent()) ?? '');
      })
      .toBe(t.common.copied);
    expect(await readClipboard(page)).toBe(shownBody);
    await page.getByRole('button', { name: t.reconnect.copySubject, exact: true }).click();
    await expect.poll(() => readClipboard(page)).toBe(shownSubject);
    await page.getByRole('button', { name: t.reconnect.copyBoth, exact: true }).click();
    await expect
      .poll(() => readClipboard(page))
      .toBe(`${reconnectData[locale].subjectLabel}: ${shownSubject}\n\n${shownBody}`);
    expect(await readClipboard(page)).not.toContain(SOFT_HYPHEN);

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
    expect(params.subject + params.body).not.toContain(SOFT_HYPHEN);

    // Reload: the answers and the edited draft are back.
    await page.reload();
    await page.getByRole('form', { name: t.common.answers }).waitFor();
    expect(await page.getByLabel(f.theirName.label).inputValue()).toBe(answers.theirName);
    expect(await page.getByLabel(t.common.subject, { exact: true }).inputValue()).toBe(shownSubject);
    expect(await page.getByLabel(t.reconnect.body, { exact: true }).inputValue()).toBe(shownBody);
    expect(await failing(page)).toBe(slips.length ? 3 : 2);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('names missing answers in a summary that focuses each field, and keeps what was typed', async () => {
    const { page, problems } = await watchedPage(browser());
    await openBuilder(page, `/${locale}/tools/reconnect/`);
    await page.getByLabel(f.news.label).fill(awkwardText.markup);
    await page.getByRole('button', { name: t.common.write }).click();
    const summary = page.getByRole('alert');
    // GOV.UK's way: the box around the alert takes focus, the alert itself is announced.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.querySelector('[role="alert"]') !== null))
      .toBe(true);
    expect(withoutSoftHyphens((await summary.getByRole('heading').textContent()) ?? '')).toBe(t.common.errorTitle);
    const links = summary.getByRole('link');
    expect((await links.allTextContents()).map(withoutSoftHyphens)).toEqual([
      t.reconnect.fields.theirName.error,
      t.reconnect.fields.years.error,
      t.reconnect.fields.advice.error,
      t.reconnect.fields.yourName.error,
    ]);
    expect(await page.getByLabel(f.theirName.label).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxe(page, 'error summary');
    await summary.getByRole('link', { name: f.years.error }).click();
    expect(await isFocused(page.getByLabel(f.years.label))).toBe(true);
    expect(await page.getByLabel(f.news.label).inputValue()).toBe(awkwardText.markup);
    expect(await page.getByLabel(t.reconnect.body, { exact: true }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
