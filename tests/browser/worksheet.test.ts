/**
 * The meeting goal worksheet in each language, the way a reader uses it: filled by keyboard alone,
 * a validation error seen and fixed, everything restored after a reload, the message copied, each
 * file downloaded, the brief printed on one page, axe at every step. Then the things that must not
 * break it: no JavaScript, several worksheets, failing storage, input that looks like markup.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clipboard, isFocused, locales, readClipboard, typeText, useBrowser, watchedPage } from '../support/browser.ts';
import { axeViolations, expectNoAxe } from '../support/axe.ts';
import { downloaded } from '../support/files.ts';
import { seedStorage, storedEntries, storedRecords } from '../support/saved.ts';
import { asked, awkward, emoji, invited, long, markup, rtl, type Answers } from '../fixtures/worksheet.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import {
  allFields,
  emptyWorksheet,
  kinds,
  type TextField,
  type Worksheet,
} from '../../src/islands/worksheet/worksheet.ts';
import {
  briefMarkdown,
  briefText,
  buildBrief,
  followUpCalendar,
  suggestedMessage,
} from '../../src/islands/worksheet/brief.ts';
import { islandBudgetBytes, scriptWeight } from '../support/budgets.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';
import { filled } from '../support/strings.ts';
import { networkQuiet } from '../support/network.ts';
import {
  listItems,
  listToggle,
  savedAt,
  stepList,
  worksheetField as field,
  worksheetReady as ready,
} from '../support/worksheet.ts';

const browser = useBrowser();

type Locale = (typeof locales)[number];
const path = (locale: string) => `/${locale}/tools/worksheet/`;
const strings = (locale: Locale) => dictionaries[locale].worksheet;
/** The worksheets saved in the page's localStorage (deletions left out), as their `data` with their id. */
const savedSheets = async (page: Page): Promise<Array<Record<string, any>>> =>
  Object.entries(await storedRecords(page, 'worksheet')).map(([id, data]) => ({ ...data, id }));
/** Everything saved under the worksheet's keys, as one text, to look for what must be gone. */
const storedText = async (page: Page) =>
  Object.entries(await storedEntries(page))
    .filter(([key]) => key.startsWith('connector:record:worksheet:'))
    .join('\n');
/** The browser's own language stays English, so date fields take mm/dd/yyyy whatever the page's language. */
const contextOptions = { locale: 'en-US', ...clipboard };

/** The brief, once written: an article named by its title. */
const briefOf = (page: Page, locale: Locale = 'en') =>
  page.getByRole('article', { name: filled(strings(locale).brief.title) });
/** The static checklist that stands in for the worksheet until it is ready, or without JavaScript. */
const checklistOf = (page: Page, locale: Locale = 'en') =>
  page.getByRole('region', { name: strings(locale).static.title });

/** Presses Tab until `target` has focus (a date field takes several presses, one per part). */
async function tabTo(page: Page, target: Locator, limit = 20) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Types into the focused field; a date as the en-US browser wants it. */
async function type(page: Page, text: string, date = false) {
  if (date) {
    const [y, m, d] = text.split('-');
    await page.keyboard.type(`${m}${d}${y}`);
  } else await typeText(page, text);
}

/** Answers every question of a worksheet with the keyboard alone, starting on step 1. */
async function fillByKeyboard(page: Page, locale: Locale, answers: Answers) {
  const t = strings(locale);
  const next = page.getByRole('button', { name: t.actions.next, exact: true });
  const text = async (name: TextField, date = false) => {
    if (!answers[name]) return;
    await tabTo(page, field(page, locale, name));
    await type(page, answers[name]!, date);
  };
  await text('contact');
  await text('how');
  await text('meetingDate', true);
  await tabTo(page, page.getByRole('radio', { name: t.fields.askedBy.me }));
  await page.keyboard.press(answers.askedBy === 'them' ? 'ArrowDown' : 'Space');
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('radio', { name: t.kinds[kinds[0]] }));
  const index = kinds.indexOf(answers.goalKind!);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  if (answers.goalKind === 'know') await text('knowWhy');
  await text('goal');
  await text('whyNow');
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  await text('prepareMe');
  await text('prepareThem');
  await text('questions');
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  await text('offer');
  await text('followUpDate', true);
  await text('yourName');
  await tabTo(page, page.getByRole('button', { name: t.actions.create }));
  await page.keyboard.press('Enter');
  await briefOf(page, locale).waitFor();
}

/** The worksheet as the logic sees it, for the texts the page should show and save. */
function sheetOf(answers: Answers, id = 'test'): Worksheet {
  return { ...emptyWorksheet(id, new Date()), ...answers };
}

const download = (page: Page, button: Locator) => downloaded(page, () => button.click());

/** Pages a PDF of the page as printed on this paper. */
async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  const pdf = (await page.pdf({ format, preferCSSPageSize: false })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

describe.each(locales)('the worksheet in %s', (locale) => {
  const t = dictionaries[locale].worksheet;
  const answers = asked[locale];

  it('goes from an empty worksheet to a printed brief and a sent message, losing nothing', async () => {
    const { page, problems, external } = await watchedPage(browser(), contextOptions);
    const found: string[] = [];
    const axe = async (step: string) => found.push(...(await axeViolations(page)).map((v) => `${step}: ${v}`));
    await page.goto(path(locale));
    await ready(page, locale);
    await axe('step 1');

    // Moving on with nothing filled in: a summary that takes focus and links to each field.
    const next = page.getByRole('button', { name: t.actions.next, exact: true });
    await tabTo(page, next, 40);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await summary.waitFor();
    // GOV.UK's way: the box around the alert takes focus, the alert itself is announced.
    expect(await page.evaluate(() => document.activeElement?.querySelector('[role="alert"]') !== null)).toBe(true);
    expect((await summary.getByRole('link').allInnerTexts()).map(withoutSoftHyphens)).toEqual([
      t.errors.contact,
      t.errors.askedBy,
    ]);
    const contact = field(page, locale, 'contact');
    expect(await contact.getAttribute('aria-invalid')).toBe('true');
    // The error under the field is the one its description points to (by id, as ARIA joins them).
    expect(withoutSoftHyphens(await page.locator('#ws-contact-error').innerText())).toContain(t.errors.contact);
    expect((await contact.getAttribute('aria-describedby'))!.split(' ')).toEqual([
      'ws-contact-hint',
      'ws-contact-error',
    ]);
    await axe('step 1 with errors');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await isFocused(contact)).toBe(true);
    // Half an answer, then the other question forgotten: the error names only what is missing.
    await page.keyboard.type(answers.contact!);
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    expect((await summary.getByRole('link').allInnerTexts()).map(withoutSoftHyphens)).toEqual([t.errors.askedBy]);
    expect(await contact.inputValue()).toBe(answers.contact);
    await contact.fill('');

    // Now the whole worksheet, by keyboard, with axe at each step.
    await stepList(page, locale).getByRole('button').first().focus();
    await fillByKeyboard(page, locale, answers);
    await axe('results');

    const expected = buildBrief(sheetOf(answers), t, locale);
    const brief = page.getByRole('article', { name: expected.title });
    expect(await brief.getByRole('heading', { level: 3 }).innerText()).toBe(expected.title);
    expect(await brief.getByRole('listitem').allInnerTexts()).toEqual([
      ...expected.sections.find((s) => s.items)!.items!,
      ...expected.checks,
    ]);
    const briefShown = await brief.innerText();

    // The message: what is shown is what is copied, before and after editing it.
    const message = page.getByLabel(t.result.messageLabel);
    expect(await message.inputValue()).toBe(suggestedMessage(sheetOf(answers), t, locale));
    await page.getByRole('button', { name: t.actions.copy }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: t.result.copied }).count()).toBe(1);
    expect(await readClipboard(page)).toBe(await message.inputValue());
    await message.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nP.S. 👋 <b>ok</b>');
    const edited = await message.inputValue();
    expect(edited.endsWith('\nP.S. 👋 <b>ok</b>')).toBe(true);
    await page.getByRole('button', { name: t.actions.copy }).click();
    await expect.poll(() => readClipboard(page)).toBe(edited);

    // Reload: everything is back, the edited message included.
    await expect
      .poll(async () => (await savedSheets(page)).some((sheet) => sheet.message?.me?.includes('P.S.')))
      .toBe(true);
    expect(await savedAt(page, locale).innerText()).toMatch(/\d/);
    await page.reload();
    await ready(page, locale);
    await brief.waitFor();
    expect(await brief.innerText()).toBe(briefShown);
    expect(await message.inputValue()).toBe(edited);
    await page.getByRole('button', { name: t.actions.reset }).click();
    expect(await message.inputValue()).toBe(suggestedMessage(sheetOf(answers), t, locale));
    await page.getByRole('button', { name: t.actions.undo }).click();
    expect(await message.inputValue()).toBe(edited);

    // The files: exactly the brief, and a reminder on the follow-up day.
    const id = await page.evaluate(() => JSON.parse(sessionStorage.getItem('connector:tab:worksheet')!).open as string);
    const markdown = await download(page, page.getByRole('button', { name: t.actions.markdown }));
    expect(markdown.name).toBe(`${t.brief.file}-${answers.contact!.toLowerCase()}.md`);
    expect(markdown.text).toBe(briefMarkdown(expected));
    const text = await download(page, page.getByRole('button', { name: t.actions.text }));
    expect(text.name.endsWith('.txt')).toBe(true);
    expect(text.text).toBe(briefText(expected, locale));
    const ics = await download(page, page.getByRole('button', { name: t.actions.calendar }));
    expect(ics.name).toBe(`${t.calendar.file}-${answers.contact!.toLowerCase()}.ics`);
    const stamp = /DTSTAMP:(\d{8}T\d{6}Z)/.exec(ics.text)![1]!;
    const when = new Date(stamp.replace(/(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/, '$1-$2-$3T$4:$5:$6Z'));
    expect(ics.text).toBe(followUpCalendar(sheetOf(answers, id), t, locale, when));
    // The page shows its labels hyphenated (src/lib/island-strings.ts); nothing taken away is.
    if (locale === 'de' || locale === 'fi')
      expect(await page.getByRole('button', { name: t.actions.markdown }).textContent()).toContain(SOFT_HYPHEN);
    for (const file of [markdown, text, ics]) expect(file.name + file.text, file.name).not.toContain(SOFT_HYPHEN);
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain(SOFT_HYPHEN);

    // Printing shows the brief and nothing else, on one page of A4 and of Letter.
    await page.emulateMedia({ media: 'print' });
    expect(await brief.isVisible()).toBe(true);
    for (const [hidden, part] of [
      ['the page title', page.getByRole('heading', { level: 1 })],
      ['the site header', page.getByRole('banner')],
      ['the steps', stepList(page, locale)],
      ['the list of worksheets', listToggle(page, locale)],
      ['the message', message],
      ['the step title', page.getByRole('heading', { level: 2, name: t.steps.result })],
      ['the site footer', page.getByRole('contentinfo')],
    ] as const) {
      expect(await part.first().isVisible(), hidden).toBe(false);
    }
    expect(await printedPages(page, 'A4')).toBe(1);
    expect(await printedPages(page, 'Letter')).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // Back to the questions: every answer is still there.
    await page.getByRole('button', { name: t.actions.edit }).click();
    expect(await contact.inputValue()).toBe(answers.contact);
    expect(await field(page, locale, 'meetingDate').inputValue()).toBe(answers.meetingDate);
    expect(await page.getByRole('radio', { name: t.fields.askedBy.me }).isChecked()).toBe(true);

    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('writes the invited message, which asks what to prepare', async () => {
    const { page, problems } = await watchedPage(browser(), contextOptions);
    await page.goto(path(locale));
    await ready(page, locale);
    await stepList(page, locale).getByRole('button').first().focus();
    await fillByKeyboard(page, locale, invited[locale]);
    const shown = await page.getByLabel(t.result.messageLabel).inputValue();
    expect(shown).toBe(suggestedMessage(sheetOf(invited[locale]), t, locale));
    expect(shown).toContain(t.message.invitedPrepare);
    const messagePart = page.getByRole('region', { name: t.result.messageTitle });
    expect(withoutSoftHyphens(await messagePart.innerText())).toContain(t.result.messageThem);
    const reminder = page.getByRole('region', { name: t.result.calendarTitle });
    expect(withoutSoftHyphens(await reminder.innerText())).toContain(t.result.calendarMissing);
    await expectNoAxe(page, 'invited, results');
    expect(problems).toEqual([]);
  });

  it('explains itself and shows its questions as a printable checklist without JavaScript', async () => {
    const { page, problems } = await watchedPage(browser(), { javaScriptEnabled: false });
    await page.goto(path(locale));
    const checklist = checklistOf(page, locale);
    expect(await checklist.isVisible()).toBe(true);
    const listed = withoutSoftHyphens(await checklist.innerText());
    expect(listed).toContain(t.static.needsScript);
    // Every question once, in the worksheet's order down the page.
    const tops: number[] = [];
    for (const name of allFields) {
      const question = checklist.getByText(t.fields[name].label, { exact: true });
      expect(await question.count(), name).toBe(1);
      tops.push((await question.boundingBox())!.y);
    }
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    for (const kind of Object.values(t.kinds)) expect(listed).toContain(kind);
    // The island renders nothing on the server: no field or button of it is on the page.
    const main = page.getByRole('main');
    for (const role of ['textbox', 'radio', 'button'] as const)
      expect(await main.getByRole(role).count(), role).toBe(0);
    expect(await stepList(page, locale).count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await checklist.getByRole('list').first().isVisible()).toBe(true);
    expect(await checklist.getByText(t.static.needsScript).isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('keeps the checklist, which axe finds nothing wrong with, when the worksheet’s script fails to load', async () => {
    const { page, context } = await watchedPage(browser());
    // Astro tries the import once more a second later, with ?astro-retry=...: both attempts fail.
    await context.route(/\/_astro\/Worksheet\.[\w-]+\.js(\?.*)?$/, (route) => route.abort());
    const retried = page.waitForRequest(/\/_astro\/Worksheet\.[\w-]+\.js\?astro-retry=/);
    await page.goto(path(locale));
    await retried;
    await networkQuiet(page);
    expect(await checklistOf(page, locale).isVisible()).toBe(true);
    expect(await stepList(page, locale).count()).toBe(0);
    await expectNoAxe(page, 'the checklist, without the worksheet’s script');
  });
});

describe('the worksheet page', () => {
  it('replaces the checklist once ready, so nothing shows twice, and prints the checklist before a brief exists', async () => {
    const { page } = await watchedPage(browser(), contextOptions);
    await page.goto(path('en'));
    await ready(page);
    expect(await checklistOf(page).isVisible()).toBe(false);
    const shown = (text: string) =>
      page.evaluate(
        (text) =>
          [...document.querySelectorAll('p, label, legend')].filter(
            (el) => el.textContent?.replaceAll('\u00AD', '') === text && el.checkVisibility(),
          ).length,
        text,
      );
    expect(await shown(dictionaries.en.worksheet.fields.contact.label)).toBe(1);
    expect(await shown(dictionaries.en.worksheet.fields.contact.hint)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await checklistOf(page).isVisible()).toBe(true);
    expect(await stepList(page).isVisible()).toBe(false);
    expect(await field(page, 'en', 'contact').isVisible()).toBe(false);
  });

  it('is linked from lesson 2 and from the home page', async () => {
    const { page } = await watchedPage(browser());
    for (const locale of locales) {
      const d = dictionaries[locale];
      await page.goto(`/${locale}/lessons/meeting-goals/`);
      const pointer = page.getByRole('complementary', { name: d.lesson.practise });
      expect(await pointer.getByRole('link').getAttribute('href')).toBe(path(locale));
      await page.goto(`/${locale}/`);
      const tools = page.getByRole('region', { name: d.home.tools });
      const link = tools.getByRole('link', { name: d.tools.worksheet.name, exact: true });
      expect(await link.getAttribute('href')).toBe(path(locale));
    }
  });

  it('loads at most 80 KB of JavaScript (gzip), React included', async () => {
    const { page } = await watchedPage(browser());
    const weight = scriptWeight(page);
    await page.goto(path('en'));
    await ready(page);
    const hydrated = await weight();
    // The first answer fetches nothing more.
    await page.getByLabel(dictionaries.en.worksheet.fields.contact.label).fill('Kwame');
    const { bytes, files } = await weight();
    expect(files).toHaveLength(hydrated.files.length);
    console.log(`worksheet page: ${(bytes / 1024).toFixed(1)} KB of JavaScript (gzip), inline scripts included`);
    expect(bytes).toBeLessThanOrEqual(islandBudgetBytes);
  });
});

describe('several worksheets', () => {
  it('lists, opens, duplicates, deletes with undo, and deletes everything after asking', async () => {
    const t = dictionaries.en.worksheet;
    const { page, problems } = await watchedPage(browser(), contextOptions);
    const contact = field(page, 'en', 'contact');
    const said = (text: string) => page.getByRole('status').filter({ hasText: text });
    await page.goto(path('en'));
    await ready(page);
    await contact.fill('Kwame');
    await listToggle(page).click();
    const items = listItems(page);
    await items.first().getByText('Kwame', { exact: true }).waitFor();

    await page.getByRole('button', { name: t.list.untitled, exact: true }).click();
    expect(await isFocused(contact)).toBe(true);
    await page.keyboard.type('Grace');
    await field(page, 'en', 'meetingDate').fill('2027-05-06');
    await expect
      .poll(() => items.allInnerTexts())
      .toEqual([expect.stringContaining('Grace · 6 May 2027'), expect.stringContaining('Kwame')]);
    expect(withoutSoftHyphens(await listToggle(page).innerText())).toBe('Your worksheets (2)');
    await expectNoAxe(page, 'two worksheets listed');

    // Open the other one: its answers come back, and focus goes to the step's title.
    await page.getByRole('button', { name: 'Open: Kwame' }).click();
    expect(await contact.inputValue()).toBe('Kwame');
    expect(await isFocused(page.getByRole('heading', { level: 2, name: t.steps.person }))).toBe(true);

    // Duplicate, then delete the copy, undo, delete again.
    await page.getByRole('button', { name: 'Duplicate: Grace · 6 May 2027' }).click();
    expect(await items.count()).toBe(3);
    await said('Copy of “Grace · 6 May 2027” added to the list.').waitFor();
    await page.getByRole('button', { name: 'Delete: Kwame' }).click();
    expect(await items.count()).toBe(2);
    await said('Deleted “Kwame”.').waitFor();
    expect(await isFocused(page.getByRole('button', { name: t.actions.undo }))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await items.count()).toBe(3);
    expect(await contact.inputValue()).toBe('Kwame');

    await expect.poll(async () => (await savedSheets(page)).length).toBe(3);

    // Delete everything: asked first, cancelled, then confirmed, then undone, then confirmed again.
    const question = 'Delete all 3 worksheets saved in this browser? You can undo it straight afterwards.';
    await page.getByRole('button', { name: t.list.clear }).click();
    const asking = page.getByRole('group', { name: question });
    expect(await asking.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent?.replaceAll('\u00AD', ''))).toBe(question);
    await page.getByRole('button', { name: t.list.cancel }).click();
    expect(await isFocused(page.getByRole('button', { name: t.list.clear }))).toBe(true);
    expect(await items.count()).toBe(3);
    await page.getByRole('button', { name: t.list.clear }).click();
    await page.getByRole('button', { name: t.list.confirmYes }).click();
    expect(await items.count()).toBe(1);
    expect(await contact.inputValue()).toBe('');
    expect(await savedSheets(page)).toEqual([]);
    expect(await storedText(page)).not.toMatch(/Kwame|Grace/);
    expect(await isFocused(page.getByRole('button', { name: t.actions.undo }))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await items.count()).toBe(3);
    await said(t.list.restoredAll).waitFor();
    await page.getByRole('button', { name: t.list.clear }).click();
    await page.getByRole('button', { name: t.list.confirmYes }).click();
    await page.reload();
    await ready(page);
    expect(await contact.inputValue()).toBe('');
    await listToggle(page).click();
    await expect.poll(() => items.count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('two tabs', () => {
  it('keeps the worksheets started in each', async () => {
    const { page, context, problems } = await watchedPage(browser(), contextOptions);
    await page.goto(path('en'));
    await ready(page);
    await field(page, 'en', 'contact').fill('Kwame');
    const other = await context.newPage();
    await other.goto(path('en'));
    await ready(other);
    await listToggle(other).click();
    await other.getByRole('button', { name: dictionaries.en.worksheet.list.untitled, exact: true }).click();
    await field(other, 'en', 'contact').fill('Grace');
    // The first tab goes on typing and saves: Grace, from the other tab, stays.
    await field(page, 'en', 'how').fill('A friend of a friend');
    await expect.poll(async () => (await savedSheets(page)).map((s) => s.contact).sort()).toEqual(['Grace', 'Kwame']);
    expect((await savedSheets(page)).find((s) => s.contact === 'Kwame')!.how).toBe('A friend of a friend');
    await expect.poll(async () => withoutSoftHyphens(await listToggle(page).innerText())).toBe('Your worksheets (2)');
    expect(problems).toEqual([]);
  });
});

describe('storage that fails', () => {
  it('sets unreadable saved data aside, keeps it through typing and reloads, and lets the reader download or discard it', async () => {
    const notice = dictionaries.en.saved.notice;
    const { page, context, problems } = await watchedPage(browser(), contextOptions);
    await seedStorage(context, { 'connector:worksheet': '{"sheets": [{"id": 4' });
    await page.goto(path('en'));
    await ready(page);
    await page.getByText(notice.found).waitFor();
    const contact = field(page, 'en', 'contact');
    await contact.fill('Kwame');
    await savedAt(page).waitFor();
    await page.reload();
    await ready(page);
    expect(await contact.inputValue()).toBe('Kwame');
    const kept = JSON.parse((await download(page, page.getByRole('button', { name: notice.download }))).text);
    expect(kept.entries.map((entry: { text: string }) => entry.text)).toEqual(['{"sheets": [{"id": 4']);
    await page.getByRole('button', { name: notice.discard }).click();
    expect(await page.getByText(notice.found).count()).toBe(0);
    await page.getByRole('button', { name: notice.undo }).click();
    await page.getByText(notice.found).waitFor();
    expect(await contact.inputValue()).toBe('Kwame');
    expect(problems).toEqual([]);
  });

  it('works in memory when the browser blocks storage, and when storage is full, and names which', async () => {
    const t = dictionaries.en.worksheet;
    for (const [script, notice] of [
      [
        `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`,
        t.saving.unavailable,
      ],
      [
        `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
        t.saving.full,
      ],
    ] as const) {
      const { page, context, problems } = await watchedPage(browser(), contextOptions);
      await context.addInitScript({ content: script });
      await page.goto(path('en'));
      await ready(page);
      await field(page, 'en', 'contact').fill('Kwame');
      await page.getByRole('radio', { name: t.fields.askedBy.them }).check();
      await page.getByRole('status').filter({ hasText: notice }).waitFor();
      await page.getByRole('button', { name: /Your brief/ }).click();
      expect(withoutSoftHyphens(await page.getByRole('alert').innerText())).toContain(t.errors.goal);
      await page.getByRole('link', { name: t.errors.goal }).click();
      await page.keyboard.type('Find out what Grace would like to talk about');
      await page.getByRole('button', { name: /Your brief/ }).click();
      expect(await briefOf(page).getByRole('heading', { level: 3 }).innerText()).toBe('Meeting brief: Kwame');
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});

describe('typed text is text, never markup', () => {
  it('shows and exports HTML, emoji, right-to-left and 5,000-character answers as typed', async () => {
    const t = dictionaries.en.worksheet;
    const { page, problems } = await watchedPage(browser(), contextOptions);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(path('en'));
    await ready(page);
    const fill = async (name: TextField, value?: string) => value !== undefined && field(page, 'en', name).fill(value);
    await fill('contact', awkward.contact);
    await fill('how', awkward.how);
    await page.getByRole('radio', { name: t.fields.askedBy.me }).check();
    await page.getByRole('button', { name: /The goal/ }).click();
    await page.getByRole('radio', { name: t.kinds.know }).check();
    await fill('knowWhy', awkward.knowWhy);
    await fill('goal', awkward.goal);
    await fill('whyNow', awkward.whyNow);
    await page.getByRole('button', { name: /Preparation/ }).click();
    await fill('questions', awkward.questions);
    await page.getByRole('button', { name: /Give and follow up/ }).click();
    await fill('offer', awkward.offer);
    await fill('followUpDate', awkward.followUpDate);
    await page.getByRole('button', { name: t.actions.create }).click();

    const brief = briefOf(page);
    await brief.waitFor();
    expect(await brief.locator('img, script, b').count()).toBe(0);
    expect(await brief.getByRole('heading', { level: 3 }).innerText()).toBe(`Meeting brief: ${awkward.contact}`);
    // Each answer is shown whole, as typed, in an element of its own.
    for (const typed of [markup, rtl, emoji, long, awkward.whyNow!])
      expect(await brief.getByText(typed, { exact: true }).count(), typed.slice(0, 40)).toBeGreaterThan(0);
    // Right-to-left text runs in its own direction, wherever it is shown.
    for (const shownRtl of await brief.getByText(rtl, { exact: true }).all())
      expect(await shownRtl.getAttribute('dir')).toBe('auto');
    const shown = await brief.innerText();
    // The goal, then why to get to know them: each as typed, ended as a sentence.
    expect(await page.getByLabel(t.result.messageLabel).inputValue()).toContain(`${markup}. ${emoji}.`);

    const expected = buildBrief(sheetOf(awkward), t, 'en');
    const markdown = await download(page, page.getByRole('button', { name: t.actions.markdown }));
    expect(markdown.text).toBe(briefMarkdown(expected));
    expect(markdown.name).toBe('meeting-brief-img-src-x-onerror-alert-1.md');
    const text = await download(page, page.getByRole('button', { name: t.actions.text }));
    expect(text.text).toBe(briefText(expected, 'en'));
    for (const typed of [markup, rtl, emoji, long]) expect(text.text).toContain(typed);
    const ics = await download(page, page.getByRole('button', { name: t.actions.calendar }));
    expect(ics.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.text.replace(/\r\n /g, '')).toContain(
      `SUMMARY;LANGUAGE=en:Follow up with <img src=x onerror=alert(1)> 👩‍👩‍👧‍👦\r\n`,
    );

    await page.reload();
    await ready(page);
    await brief.waitFor();
    expect(await brief.innerText()).toBe(shown);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});
