/**
 * Saved work that is never lost (issue 12), tried as a careful tester would: the "your saved work"
 * page by keyboard in every language (export, import with its preview, delete everything and
 * undo); the backup carried to another browser and back; files that must be refused; two tabs of
 * one browser for every kind of saved work; storage that throws, fills up, or holds damaged data
 * under every key. Each test checks that nothing typed or stored is lost and that data set aside
 * is still there.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { locales, useBrowser, watchedPage } from '../support/browser.ts';
import { expectNoAxe } from '../support/axe.ts';
import { downloaded } from '../support/files.ts';
import { quizProgress, quizReady } from '../support/quiz.ts';
import {
  seedStorage,
  setAside as asides,
  storedEntries as storage,
  storedRecords as records,
} from '../support/saved.ts';
import { listItems, listToggle, worksheetField, worksheetReady } from '../support/worksheet.ts';
import { builderReady, openBuilder } from '../support/builders.ts';
import { readYaml } from '../support/content.ts';
import { dictionaries, plural } from '../../src/i18n/index.ts';
import { quizSchema, type QuizData } from '../../src/islands/quiz/schema.ts';
import { choiceOrder, seedFrom } from '../../src/islands/quiz/quiz.ts';
import { emptyWorksheet } from '../../src/islands/worksheet/worksheet.ts';
import { dataOf } from '../../src/islands/worksheet/record.ts';
import { islandBudgetBytes, scriptWeight } from '../support/budgets.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';

const browser = useBrowser();

const en = dictionaries.en;
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10)).toISOString();
const record = (kind: string, id: string, data: unknown, changed = at(20)) =>
  JSON.stringify({ kind, id, version: 1, changed, data });
/** A worksheet's data as the worksheet writes it: every field there, most of them empty. */
const sheet = (contact: string, more: object = {}) => ({
  ...dataOf(emptyWorksheet('x', new Date(at(1)))),
  contact,
  ...more,
});
const draft = (theirName: string, more: object = {}) => ({
  created: at(1),
  inputs: { theirName, ...more },
  text: null,
  edited: false,
});
const triage = (locale: string): QuizData & { id: string } => ({
  ...quizSchema.parse(readYaml('quizzes', locale, 'contact-triage.yaml')),
  id: 'contact-triage',
});
const progress = (answers: number) => {
  const quiz = triage('en');
  return {
    version: 1,
    quiz: 'contact-triage',
    seed: seedFrom('contact-triage'),
    answers: quiz.questions.slice(0, answers).map((q) => ({ question: q.id, choice: q.best })),
    best: null,
  };
};

/** A browser whose storage holds `entries` when its first page opens (and not again on reload). */
async function seeded(entries: Record<string, string>, options = {}) {
  const watched = await watchedPage(browser(), { acceptDownloads: true, ...options });
  await seedStorage(watched.context, entries);
  return watched;
}

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.replaceAll('\u00AD', '').trim() ?? '');

/** Waits until the saved-work page has read this browser's storage: its sections show then. */
const savedReady = (page: Page, locale: keyof typeof dictionaries = 'en') =>
  page.getByRole('region', { name: dictionaries[locale].saved.island.export.title }).waitFor();

async function openSaved(page: Page, locale: keyof typeof dictionaries = 'en') {
  await page.goto(`/${locale}/saved/`);
  await savedReady(page, locale);
}

const download = downloaded;

/**
 * Chooses a file in the import field by keyboard: focus, then Space opens the chooser (Enter as
 * well in Chromium; the second key is tried when the first one's chooser does not come, which
 * happens now and then on a busy machine).
 */
async function choose(page: Page, locale: string, name: string, text: string) {
  const field = page.getByLabel(dictionaries[locale as 'en'].saved.island.import.label, { exact: true });
  for (const key of ['Space', 'Enter', 'Space']) {
    await field.focus();
    const chooser = page.waitForEvent('filechooser', { timeout: 5000 }).catch(() => null);
    await page.keyboard.press(key);
    const opened = await chooser;
    if (opened) return opened.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
  throw new Error('The file chooser never opened from the keyboard');
}

const everything = () => ({
  [`connector:record:worksheet:w1`]: record('worksheet', 'w1', sheet('Kwame')),
  [`connector:record:draft-reconnect:d1`]: record('draft-reconnect', 'd1', draft('Margaret')),
  [`connector:record:quiz:contact-triage`]: record('quiz', 'contact-triage', progress(2)),
  [`connector:aside:old`]: JSON.stringify({
    key: 'connector:worksheet',
    kind: 'worksheet',
    found: at(2),
    reason: 'damaged',
    text: '{"sheets": [{"id": 4',
  }),
});

describe.each(locales)('the saved-work page in %s', (locale) => {
  const t = dictionaries[locale].saved;
  const s = t.island;

  it('lists what this browser holds, backs it up, deletes it with undo, and brings the backup back, by keyboard', async () => {
    const { page, problems, external } = await seeded(everything());
    await page.goto(`/${locale}/`);
    const link = page.getByRole('contentinfo').getByRole('link', { name: t.footer });
    expect(await link.getAttribute('href')).toBe(`/${locale}/saved/`);
    await link.click();
    await savedReady(page, locale);
    expect(withoutSoftHyphens((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')).toBe(t.title);
    const holds = page.getByRole('region', { name: s.holdsTitle });
    for (const name of ['Kwame', 'Margaret', triage(locale).title]) await holds.getByText(name).first().waitFor();
    expect((await holds.getByRole('heading', { level: 3 }).allTextContents()).map(withoutSoftHyphens)).toEqual([
      `${s.quizzes} (${plural(locale, s.count, 1)})`,
      `${s.worksheets} (${plural(locale, s.count, 1)})`,
      `${s.drafts.replace('{tool}', dictionaries[locale].tools.reconnect.name)} (${plural(locale, s.count, 1)})`,
      `${s.aside} (${plural(locale, s.count, 1)})`,
    ]);
    expect(await holds.getByText(s.reasons.damaged, { exact: true }).count()).toBe(1);
    await expectNoAxe(page, 'what this browser holds');

    // Export: one file with a format, a version, the date, every record and what was set aside.
    await page.getByRole('button', { name: s.export.button }).focus();
    const backup = await download(page, () => page.keyboard.press('Enter'));
    expect(backup.name).toMatch(new RegExp(`^${s.export.file}-\\d{4}-\\d\\d-\\d\\d\\.json$`));
    expect(backup.name + backup.text).not.toContain(SOFT_HYPHEN);
    const file = JSON.parse(backup.text);
    expect(file).toMatchObject({ format: 'connector-saved-work', version: 1 });
    expect(Date.parse(file.exported)).toBeGreaterThan(Date.now() - 60_000);
    expect(file.records.map((r: { kind: string }) => r.kind).sort()).toEqual(['draft-reconnect', 'quiz', 'worksheet']);
    expect(file.aside.map((a: { text: string }) => a.text)).toEqual(['{"sheets": [{"id": 4']);

    // Delete everything: asked first, then undone, then done for real.
    const kinds = ['worksheet', 'draft-reconnect', 'quiz'];
    const held = async () => ({
      records: await Promise.all(kinds.map((kind) => records(page, kind))),
      aside: await asides(page),
    });
    const before = await held();
    await page.getByRole('button', { name: s.clear.button }).focus();
    await page.keyboard.press('Enter');
    const question = plural(locale, s.clear.question, 4);
    expect(await focused(page)).toBe(question);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: s.clear.done }).count()).toBe(1);
    expect(JSON.stringify(await storage(page))).not.toMatch(/Kwame|Margaret|"sheets"/);
    expect(await focused(page)).toBe(s.clear.undo);
    await page.keyboard.press('Enter');
    expect(await held()).toEqual(before);
    await page.getByRole('button', { name: s.clear.button }).click();
    await page.getByRole('button', { name: s.clear.yes }).click();
    await page.getByText(s.empty).waitFor();

    // Import the backup: a preview says what will be added, and nothing changes until confirmed.
    await choose(page, locale, backup.name, backup.text);
    const preview = page.getByRole('region', { name: s.import.previewTitle });
    await preview.waitFor();
    expect(withoutSoftHyphens((await preview.getByRole('listitem').first().textContent()) ?? '')).toBe(
      plural(locale, s.import.added, 3),
    );
    expect(withoutSoftHyphens((await preview.textContent()) ?? '')).toContain(plural(locale, s.import.asideAdded, 1));
    expect(await records(page, 'worksheet')).toEqual({});
    await expectNoAxe(page, 'import preview');
    await preview.getByRole('button', { name: s.import.confirm }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: plural(locale, s.import.done, 4) })
          .count(),
      )
      .toBe(1);
    expect((await records(page, 'worksheet')).w1.contact).toBe('Kwame');
    expect((await records(page, 'draft-reconnect')).d1.inputs.theirName).toBe('Margaret');
    expect((await records(page, 'quiz'))['contact-triage'].answers).toHaveLength(2);
    expect(await asides(page)).toEqual(['{"sheets": [{"id": 4']);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('refuses a file from a newer version, a damaged file and unrelated JSON, and changes nothing', async () => {
    const { page, problems } = await seeded(everything());
    await openSaved(page, locale);
    const good = JSON.parse(
      await download(page, () => page.getByRole('button', { name: s.export.button }).click()).then((f) => f.text),
    );
    const before = await storage(page);
    for (const [text, message] of [
      [JSON.stringify({ ...good, version: 2 }), s.import.errors.newer],
      [JSON.stringify(good).slice(0, 300), s.import.errors.damaged],
      [JSON.stringify({ ...good, records: [{ ...good.records[0], data: { seed: 'x' } }] }), s.import.errors.damaged],
      ['{"name": "my-package", "version": "1.0.0"}', s.import.errors.unrelated],
      ['%PDF-1.7 not json at all', s.import.errors.unrelated],
    ] as const) {
      await choose(page, locale, 'file.json', text);
      const alert = page.getByRole('alert');
      await expect.poll(async () => withoutSoftHyphens((await alert.textContent()) ?? '')).toContain(message);
      expect(await page.evaluate(() => document.activeElement?.querySelector('[role="alert"]') !== null)).toBe(true);
      expect(await page.getByLabel(s.import.label, { exact: true }).getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByRole('region', { name: s.import.previewTitle }).count()).toBe(0);
      expect(await storage(page)).toEqual(before);
    }
    await expectNoAxe(page, 'refused files');
    expect(problems).toEqual([]);
  });
});

describe('a backup carried to another browser', () => {
  it('brings everything across, merges without putting older work over newer, and deletes nothing', async () => {
    // Browser A: work done in the tools themselves.
    const a = await seeded({ 'connector:record:draft-contact-request:bad': '{"kind": "draft-contact-request"' });
    await a.page.goto('/en/tools/worksheet/');
    await worksheetReady(a.page);
    await worksheetField(a.page, 'en', 'contact').fill('Kwame from A');
    await openBuilder(a.page, '/en/tools/reconnect/');
    await a.page.getByLabel(en.builders.reconnect.fields.theirName.label).fill('Margaret from A');
    await a.page.goto('/en/quizzes/contact-triage/');
    await quizReady(a.page);
    const quiz = triage('en');
    const first = quiz.questions[0]!;
    await a.page.getByRole('radio', { name: first.choices.find((c) => c.id === first.best)!.label }).check();
    await a.page.getByRole('button', { name: en.quiz.island.check }).click();
    await openSaved(a.page);
    const backup = await download(a.page, () =>
      a.page.getByRole('button', { name: en.saved.island.export.button }).click(),
    );

    // Browser B has work of its own, one piece of it newer than A's copy of the same worksheet.
    const file = JSON.parse(backup.text);
    const sheetA = file.records.find((r: { kind: string }) => r.kind === 'worksheet');
    const b = await seeded({
      'connector:record:worksheet:mine': record('worksheet', 'mine', sheet('Only in B')),
      [`connector:record:worksheet:${sheetA.id}`]: record(
        'worksheet',
        sheetA.id,
        sheet('Kwame, newer in B'),
        new Date(Date.now() + 3_600_000).toISOString(),
      ),
    });
    await openSaved(b.page);
    await choose(b.page, 'en', backup.name, backup.text);
    const preview = b.page.getByRole('region', { name: en.saved.island.import.previewTitle });
    await preview.waitFor();
    const text = await preview.textContent();
    expect(text).toContain(plural('en', en.saved.island.import.added, 2));
    expect(text).toContain(plural('en', en.saved.island.import.kept, 1));
    await preview.getByRole('button', { name: en.saved.island.import.confirm }).click();
    await b.page.getByRole('region', { name: en.saved.island.import.previewTitle }).waitFor({ state: 'detached' });
    const sheets = await records(b.page, 'worksheet');
    expect(
      Object.values(sheets)
        .map((s: any) => s.contact)
        .sort(),
    ).toEqual(['Kwame, newer in B', 'Only in B']);
    expect(Object.values(await records(b.page, 'draft-reconnect')).map((d: any) => d.inputs.theirName)).toEqual([
      'Margaret from A',
    ]);
    expect(await asides(b.page)).toEqual(['{"kind": "draft-contact-request"']);
    // And the tools in B open what came across.
    await openBuilder(b.page, '/en/tools/reconnect/');
    expect(await b.page.getByLabel(en.builders.reconnect.fields.theirName.label).inputValue()).toBe('Margaret from A');
    await b.page.goto('/en/quizzes/contact-triage/');
    await quizReady(b.page);
    expect(await quizProgress(b.page, 'en').textContent()).toContain('2');
    // The same file again: nothing to add.
    await openSaved(b.page);
    await choose(b.page, 'en', backup.name, backup.text);
    await b.page.getByText(en.saved.island.import.nothing).waitFor();
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});

describe('two tabs of one browser', () => {
  /** Two tabs on `path`, each once `ready`; the problems of both are collected. */
  async function twoTabs(path: string, ready: (page: Page) => Promise<void>, entries: Record<string, string> = {}) {
    const first = await seeded(entries);
    await first.page.goto(path);
    await ready(first.page);
    const other = await first.context.newPage();
    await other.goto(path);
    await ready(other);
    return { ...first, a: first.page, b: other };
  }

  it('worksheets: edits in both, a new one in one, a deletion in one; nothing typed is lost, nothing deleted comes back', async () => {
    const { a, b, problems } = await twoTabs('/en/tools/worksheet/', worksheetReady, {
      'connector:record:worksheet:w1': record('worksheet', 'w1', sheet('Base')),
      'connector:record:worksheet:w2': record('worksheet', 'w2', sheet('Private'), at(10)),
    });
    const contact = (page: Page) => page.getByLabel(en.worksheet.fields.contact.label);
    const how = (page: Page) => page.getByLabel(en.worksheet.fields.how.label);
    // Both tabs type into the same worksheet, one field each, within moments of each other.
    await contact(a).fill('Contact from A');
    await how(b).fill('How from B');
    await contact(a).press('End');
    await a.keyboard.type(' and more');
    await expect
      .poll(async () => (await records(a, 'worksheet')).w1)
      .toMatchObject({
        contact: 'Contact from A and more',
        how: 'How from B',
      });
    expect(await contact(a).inputValue()).toBe('Contact from A and more');
    await expect.poll(() => how(a).inputValue()).toBe('How from B');
    await expect.poll(() => contact(b).inputValue()).toBe('Contact from A and more');

    // A new worksheet in B; A goes on typing: both stay.
    await listToggle(b).click();
    await b.getByRole('button', { name: en.worksheet.list.untitled, exact: true }).click();
    await contact(b).fill('New in B');
    await how(a).fill('How, from A again');
    await expect
      .poll(async () =>
        Object.values(await records(a, 'worksheet'))
          .map((s: any) => s.contact)
          .sort(),
      )
      .toEqual(['Contact from A and more', 'New in B', 'Private']);

    // B deletes "Private"; A, which still lists it, saves: it does not come back.
    await b.getByRole('button', { name: 'Delete: Private' }).click();
    await how(a).fill('How, typed after the deletion');
    await expect.poll(async () => Object.keys(await records(a, 'worksheet'))).not.toContain('w2');
    expect(JSON.stringify(await storage(a))).not.toContain('Private');
    await listToggle(a).click();
    await expect.poll(() => listItems(a).count()).toBe(2);
    expect(problems).toEqual([]);
  });

  it('drafts: the case of the issue, then a deletion in one tab that the other cannot undo by saving', async () => {
    const field = (page: Page, name: 'theirName' | 'advice') =>
      page.getByLabel(en.builders.reconnect.fields[name].label, { exact: true });
    const { a, b, problems } = await twoTabs('/en/tools/reconnect/', builderReady);
    await field(a, 'theirName').fill('Margaret from A');
    await b.reload();
    await builderReady(b);
    await b.getByRole('button', { name: en.builders.common.newDraft }).click();
    await field(b, 'theirName').fill('Someone in B');
    await field(a, 'advice').fill('what changes when your users are clinicians');
    await field(b, 'theirName').fill('Someone else in B');
    const names = async () =>
      Object.values(await records(a, 'draft-reconnect'))
        .map((d: any) => `${d.inputs.theirName}|${d.inputs.advice ?? ''}`)
        .sort();
    await expect
      .poll(names)
      .toEqual(['Margaret from A|what changes when your users are clinicians', 'Someone else in B|']);
    expect(await field(a, 'advice').inputValue()).toBe('what changes when your users are clinicians');

    // B opens Margaret's draft and deletes it; A types into it: the deletion stands, and A offers undo.
    const picker = b.getByLabel(en.builders.common.draftPicker);
    await picker.selectOption({
      label: (await picker.locator('option').allTextContents()).find((o) => o.includes('Margaret'))!,
    });
    await b.getByRole('button', { name: en.builders.common.deleteDraft }).click();
    await field(a, 'advice').fill('typed in A after B deleted it');
    // A's next keystrokes go into a new draft, never into B's.
    await expect.poll(names).toEqual(['Someone else in B|', 'undefined|typed in A after B deleted it']);
    await a.getByText(en.builders.common.deletedElsewhere.replace('{name}', 'Margaret from A')).waitFor();
    // The reader of A wants it back after all: nothing typed in A is lost.
    await a.getByRole('button', { name: en.builders.common.undo }).first().click();
    await expect
      .poll(names)
      .toEqual([
        'Margaret from A|what changes when your users are clinicians',
        'Someone else in B|',
        'undefined|typed in A after B deleted it',
      ]);
    expect(problems).toEqual([]);
  });

  it('quiz progress: answers given in either tab show in both, and a deletion elsewhere is not undone by answering', async () => {
    const quiz = triage('en');
    const order = choiceOrder(quiz, seedFrom(quiz.id));
    const pick = (page: Page, index: number) => {
      const question = quiz.questions[index]!;
      const label = question.choices.find((c) => c.id === order[index]![0])!.label;
      return page.getByRole('radio', { name: label, exact: true }).check();
    };
    const { a, b, context, problems } = await twoTabs('/en/quizzes/contact-triage/', quizReady);
    await pick(a, 0);
    await a.getByRole('button', { name: en.quiz.island.check }).click();
    await expect.poll(() => quizProgress(b, 'en').textContent()).toContain('2');
    await pick(b, 1);
    await b.getByRole('button', { name: en.quiz.island.check }).click();
    await expect.poll(async () => (await records(a, 'quiz'))['contact-triage']?.answers.length).toBe(2);
    await a.getByRole('button', { name: en.quiz.island.next }).click();
    await expect.poll(() => quizProgress(a, 'en').textContent()).toContain('3');

    // A third tab deletes everything; the quiz tabs start afresh and write nothing back.
    const saved = await context.newPage();
    await openSaved(saved);
    await saved.getByRole('button', { name: en.saved.island.clear.button }).click();
    await saved.getByRole('button', { name: en.saved.island.clear.yes }).click();
    await expect.poll(() => quizProgress(a, 'en').textContent()).toContain('1');
    await expect.poll(() => quizProgress(b, 'en').textContent()).toContain('1');
    expect(await records(a, 'quiz')).toEqual({});
    expect(problems).toEqual([]);
  });
});

describe('storage that fails', () => {
  const tools = [
    { path: '/en/tools/worksheet/', ready: worksheetReady, field: en.worksheet.fields.contact.label },
    {
      path: '/en/tools/contact-request/',
      ready: builderReady,
      field: en.builders['contact-request'].fields.theirName.label,
    },
  ] as const;

  it('throws on every call: every page works in memory, says so, and keeps what was typed', async () => {
    const { page, context, problems } = await watchedPage(browser());
    await context.addInitScript(() => {
      for (const name of ['getItem', 'setItem', 'removeItem', 'key'] as const)
        Storage.prototype[name] = () => {
          throw new DOMException('blocked', 'SecurityError');
        };
    });
    for (const tool of tools) {
      await page.goto(tool.path);
      await tool.ready(page);
      await page.getByLabel(tool.field, { exact: true }).fill('Typed here');
      expect(await page.getByLabel(tool.field, { exact: true }).inputValue()).toBe('Typed here');
    }
    expect(await page.getByText(en.builders.common.storageUnavailable).count()).toBe(1);
    await openSaved(page);
    await page.getByText(en.saved.island.unavailable).waitFor();
    expect(problems).toEqual([]);
  });

  it('fills up: says the storage is full (not blocked), keeps what was typed on the page and what was saved before', async () => {
    const { page, context, problems } = await seeded({
      'connector:record:worksheet:w1': record('worksheet', 'w1', sheet('Saved before')),
    });
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        // Room for small values only: anything typed at length no longer fits.
        if (value.length > 400) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.goto('/en/tools/worksheet/');
    await worksheetReady(page);
    const long = 'A long answer. '.repeat(40);
    await page.getByLabel(en.worksheet.fields.how.label).fill(long);
    await page.getByRole('status').filter({ hasText: en.worksheet.saving.full }).waitFor();
    expect(await page.getByLabel(en.worksheet.fields.how.label).inputValue()).toBe(long);
    expect((await records(page, 'worksheet')).w1.contact).toBe('Saved before');
    await openBuilder(page, '/en/tools/contact-request/');
    await page.getByLabel(en.builders['contact-request'].fields.theirName.label).fill(long);
    await page.getByText(en.builders.common.saveFull).waitFor();
    expect(await page.getByText(en.builders.common.storageUnavailable).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('holds damaged JSON or odd shapes under every key: each is set aside untouched, every readable record kept', async () => {
    const odd: Record<string, string> = {
      'connector:worksheet': '{"sheets": [{"id": 4',
      'connector:builders:reconnect': JSON.stringify({
        drafts: [
          { id: 1, inputs: { theirName: 'Numeric id' }, updated: 1 },
          { id: '1', inputs: { theirName: 'Same id' }, updated: 2 },
          { id: '2', inputs: { theirName: ['an', 'array'] }, updated: 3 },
          ...Array.from({ length: 21 }, (_, i) => ({
            id: `x${i}`,
            inputs: { theirName: `Draft ${i}` },
            updated: 10 + i,
          })),
        ],
      }),
      'connector:builders:contact-request': '[]',
      'connector:builders:intro-reply': 'null',
      'connector:quiz:contact-triage': '"progress"',
      'connector:record:worksheet:w9': record('worksheet', 'w9', { contact: ['not', 'text'], goal: 'Kept goal' }),
      'connector:record:worksheet:w8': '{"kind":"worksheet","id":"w8",',
      'connector:record:draft-intro-reply:d9': record('draft-intro-reply', 'd9', draft('x'), 'yesterday'),
      'connector:record:quiz:lesson-reconnecting': JSON.stringify({
        kind: 'quiz',
        id: 'lesson-reconnecting',
        version: 7,
        changed: at(3),
        data: {},
      }),
    };
    const { page, problems } = await seeded(odd);
    for (const [path, ready] of [
      ['/en/tools/worksheet/', worksheetReady],
      ['/en/tools/reconnect/', builderReady],
      ['/en/tools/contact-request/', builderReady],
      ['/en/tools/intro-reply/', builderReady],
      ['/en/quizzes/contact-triage/', quizReady],
      ['/en/lessons/reconnecting/', quizReady],
    ] as const) {
      await page.goto(path);
      // The lesson's quiz hydrates only as it nears the viewport.
      if (path.includes('lessons'))
        await page.getByRole('heading', { name: en.quiz.lessonQuiz }).scrollIntoViewIfNeeded();
      await ready(page);
      await page.getByText(en.saved.notice.found).first().waitFor();
    }
    // Every readable draft is kept (all 24 of them, beyond the limit of 20), each under an id of its own.
    const drafts = Object.values(await records(page, 'draft-reconnect')).map((d: any) => d.inputs.theirName);
    expect(drafts).toHaveLength(24);
    expect(drafts).toEqual(expect.arrayContaining(['Numeric id', 'Same id', 'Draft 0', 'Draft 20']));
    expect((await records(page, 'worksheet')).w9.goal).toBe('Kept goal');
    // Every damaged value is still there, exactly as it was, set aside.
    const kept = await asides(page);
    for (const value of [
      odd['connector:worksheet']!,
      odd['connector:builders:contact-request']!,
      odd['connector:builders:intro-reply']!,
      odd['connector:quiz:contact-triage']!,
      odd['connector:record:worksheet:w9']!,
      odd['connector:record:worksheet:w8']!,
      odd['connector:record:draft-intro-reply:d9']!,
      odd['connector:record:quiz:lesson-reconnecting']!,
    ])
      expect(kept).toContain(value);
    expect(kept.some((text) => text.includes('"an","array"'))).toBe(true);
    // The saved-work page lists it all, and the notice there offers it as a file.
    await openSaved(page);
    await page.getByRole('heading', { name: new RegExp(en.saved.island.aside) }).waitFor();
    const file = await download(page, () => page.getByRole('button', { name: en.saved.notice.download }).click());
    expect(file.name).toBe(`${en.saved.notice.file}.json`);
    expect(
      JSON.parse(file.text)
        .entries.map((e: { text: string }) => e.text)
        .sort(),
    ).toEqual(kept);
    expect(problems).toEqual([]);
  });
});

describe('parts that load later', () => {
  it('cannot load (the reader went offline): the worksheet goes on, says so, and keeps every answer', async () => {
    const { page, context, problems } = await seeded({});
    await page.goto('/en/tools/worksheet/');
    await worksheetReady(page);
    await context.route(/\/_astro\/Result\.[\w-]+\.js/, (route) => route.abort());
    await page.getByLabel(en.worksheet.fields.contact.label).fill('Kwame');
    await page.getByLabel(en.worksheet.fields.askedBy.me).check();
    await page.getByRole('button', { name: /The goal/ }).click();
    await page.getByLabel(en.worksheet.fields.goal.label).fill('Hear how the rotations work');
    await page.getByRole('button', { name: /Your brief/ }).click();
    await page.getByText(en.saved.notice.loadFailed).waitFor();
    // The steps still work, and nothing typed is lost.
    await page.getByRole('button', { name: /The person/ }).click();
    expect(await page.getByLabel(en.worksheet.fields.contact.label).inputValue()).toBe('Kwame');
    expect(Object.values(await records(page, 'worksheet')).map((s: any) => s.goal)).toEqual([
      'Hear how the rotations work',
    ]);
    // A failed chunk is an error in the console; anything else is not expected.
    expect(
      problems.filter((problem) => !/Result|dynamically imported|Failed to fetch|ERR_FAILED/.test(problem)),
    ).toEqual([]);
  });
});

describe('the saved-work page', () => {
  it('works without a server request and within 80 KB of JavaScript (gzip), React included', async () => {
    const { page, external } = await seeded(everything());
    const weight = scriptWeight(page);
    await openSaved(page);
    const { bytes } = await weight();
    console.log(`saved-work page: ${(bytes / 1024).toFixed(1)} KB of JavaScript (gzip), inline scripts included`);
    expect(external).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(islandBudgetBytes);
  });

  it('says what it needs without JavaScript', async () => {
    const { page } = await watchedPage(browser(), { javaScriptEnabled: false });
    await page.goto('/de/saved/');
    expect(await page.getByText(dictionaries.de.saved.needsScript).isVisible()).toBe(true);
  });
});
