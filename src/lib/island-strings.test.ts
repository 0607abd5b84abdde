/**
 * The strings pages hand their islands: what an island shows is hyphenated for its locale, and what
 * it puts into something the reader takes away (a copied or mailed message, a download, a file
 * name) is not, nor the data it compares with what the reader typed.
 */
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/index.ts';
import { islandProps, islandStrings } from '../islands/builders/page.ts';
import { mailto, withSubject } from '../islands/builders/message.ts';
import type { BuilderSpec, Inputs } from '../islands/builders/types.ts';
import { reconnectBuilder } from '../islands/builders/reconnect/reconnect.ts';
import { contactRequestBuilder } from '../islands/builders/contact-request/contact-request.ts';
import { introReplyBuilder } from '../islands/builders/intro-reply/intro-reply.ts';
import { reconnectChecks, reconnectData } from '../islands/builders/reconnect/locales/index.ts';
import { contactRequestChecks, contactRequestData } from '../islands/builders/contact-request/locales/index.ts';
import { introReplyChecks, introReplyData } from '../islands/builders/intro-reply/locales/index.ts';
import { emptyWorksheet, sheetName } from '../islands/worksheet/worksheet.ts';
import {
  briefMarkdown,
  briefText,
  buildBrief,
  fileName,
  followUpCalendar,
  suggestedMessage,
} from '../islands/worksheet/brief.ts';
import { contactAnswers, introAnswers, introDetails, reconnectAnswers } from '../../tests/fixtures/builders.ts';
import { asked, invited } from '../../tests/fixtures/worksheet.ts';
import { noticeStrings, savedStrings, worksheetStrings } from './island-strings.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from './soft-hyphens.ts';

/** Soft hyphens made visible, for readable expectations. */
const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '·');
const now = new Date('2026-11-22T10:30:00Z');

interface Case {
  id: 'reconnect' | 'contact-request' | 'intro-reply';
  spec: BuilderSpec<never>;
  checks: Record<Locale, object>;
  data: Record<Locale, object>;
  answers: (locale: Locale) => Inputs;
}
const builders: Case[] = [
  {
    id: 'reconnect',
    spec: reconnectBuilder as never,
    checks: reconnectChecks,
    data: reconnectData,
    answers: (locale) => reconnectAnswers[locale],
  },
  {
    id: 'contact-request',
    spec: contactRequestBuilder as never,
    checks: contactRequestChecks,
    data: contactRequestData,
    // By email, so the message has a subject line that a copy starts with.
    answers: (locale) => ({ ...contactAnswers[locale].notMet, platform: 'email', kind: 'message' }),
  },
  {
    id: 'intro-reply',
    spec: introReplyBuilder as never,
    checks: introReplyChecks,
    data: introReplyData,
    answers: (locale) => ({ ...introAnswers[locale], detail: introDetails[locale]['accept-later'] }),
  },
];

describe.each(locales)('a builder island’s strings in %s', (locale) => {
  it.each(builders)('$id: shows them hyphenated, compares and writes without a soft hyphen', (b) => {
    const props = islandProps(locale, b.id, b.spec, b.checks as Record<Locale, never>);
    // What it shows: the same strings, with soft hyphens added.
    // A check only one language has (German du / Sie) brings its strings with that language's data.
    const { checkStrings, ...data } = b.checks[locale] as { checkStrings?: object };
    const shown = islandStrings(locale, b.id, b.spec);
    const all = checkStrings ? { ...shown, checks: { ...shown.checks, ...checkStrings } } : shown;
    expect(withoutSoftHyphens(JSON.stringify(props.strings))).toBe(JSON.stringify(all));
    expect(withoutSoftHyphens(JSON.stringify(props.notice))).toBe(JSON.stringify(ui(locale).saved.notice));
    // What it compares with the reader's words: exactly as written.
    expect(props.checks).toEqual(data);
    expect(JSON.stringify(props.checks)).not.toContain(SOFT_HYPHEN);
    // What the reader copies, mails and saves.
    const message = b.spec.write({ ...b.spec.defaults, ...b.answers(locale) }, b.data[locale] as never);
    expect(message.body.length).toBeGreaterThan(100);
    const taken = [
      message.subject,
      message.body,
      withSubject(message, b.spec.subjectLabel?.(props.checks as never) ?? props.strings.common.subject),
      // The label a copy starts with when the builder's data has none.
      withSubject({ ...message, subject: message.subject || 'x' }, props.strings.common.subject),
      decodeURIComponent(mailto(message)),
      props.notice.file,
    ];
    for (const text of taken) expect(text).not.toContain(SOFT_HYPHEN);
  });
});

describe('long words in a builder’s labels, buttons and headings', () => {
  it('break at a syllable in the page’s language', () => {
    const de = islandProps('de', 'reconnect', reconnectBuilder, reconnectChecks).strings;
    expect(shown(de.mailto!)).toBe('In meinem Mail·pro·gramm öffnen');
    expect(shown(de.common.clearAll)).toBe('Alle Entwürfe löschen');
    const fi = islandProps('fi', 'reconnect', reconnectBuilder, reconnectChecks).strings;
    expect(shown(fi.fields.theirName!.label)).toBe('Vas·taa·not·ta·jan nimi');
    expect(shown(fi.common.checks)).toBe('Tar·kis·tuk·set');
    const sv = islandProps('sv', 'reconnect', reconnectBuilder, reconnectChecks).strings;
    expect(shown(sv.fields.theirName!.label)).toBe('Mot·ta·ga·rens namn');
  });
});

describe.each(locales)('the worksheet island’s strings in %s', (locale) => {
  const t = worksheetStrings(locale);

  it('are the dictionary’s, hyphenated', () => {
    expect(withoutSoftHyphens(JSON.stringify(t))).toBe(JSON.stringify(ui(locale).worksheet));
  });

  it('write the brief, the message, the reminder and the file names without a soft hyphen', () => {
    expect(asked[locale].followUpDate).toBeTruthy();
    for (const answers of [asked[locale], invited[locale]]) {
      const sheet = { ...emptyWorksheet('m3x9k2-a81f', now), ...answers };
      const brief = buildBrief(sheet, t, locale);
      const taken = {
        markdown: briefMarkdown(brief),
        text: briefText(brief, locale),
        message: suggestedMessage(sheet, t, locale),
        calendar: followUpCalendar(sheet, t, locale, now) ?? '',
        briefFile: fileName(t.brief.file, sheet.contact, 'md'),
        calendarFile: fileName(t.calendar.file, sheet.contact, 'ics'),
      };
      if (answers.followUpDate) expect(taken.calendar).toContain('BEGIN:VEVENT');
      for (const [what, text] of Object.entries(taken))
        expect(text, `${answers.askedBy} ${what}`).not.toContain(SOFT_HYPHEN);
    }
  });
});

describe('long words in the worksheet’s labels and buttons', () => {
  it('break at a syllable, while the list still names a worksheet whole', () => {
    const de = worksheetStrings('de');
    expect(shown(de.fields.goal.label)).toBe('Dein Ge·sprächs·ziel in einem Satz');
    expect(shown(de.actions.markdown)).toBe('Als Markdown her·un·ter·la·den');
    expect(sheetName({ ...emptyWorksheet('a', now), contact: 'Stefan' }, de, 'de')).toBe('Stefan');
    const fi = worksheetStrings('fi');
    expect(shown(fi.steps.prepare)).toBe('Val·mis·tau·tu·mi·nen');
    expect(shown(fi.actions.text)).toBe('Lataa teks·ti·tie·dos·tona');
  });
});

describe.each(locales)('the saved-work island’s strings in %s', (locale) => {
  it('are the dictionary’s, hyphenated, with the downloads’ file names whole', () => {
    const t = savedStrings(locale);
    expect(withoutSoftHyphens(JSON.stringify(t))).toBe(JSON.stringify(ui(locale).saved.island));
    expect(t.export.file).toBe(ui(locale).saved.island.export.file);
    expect(noticeStrings(locale).file).toBe(ui(locale).saved.notice.file);
  });
});

describe('long words on the saved-work page', () => {
  it('break at a syllable', () => {
    expect(shown(savedStrings('de').export.button)).toBe('Sicherung her·un·ter·la·den');
    expect(shown(savedStrings('de').import.label)).toBe('Si·che·rungs·da·tei');
    expect(shown(noticeStrings('de').download)).toBe('Her·un·ter·la·den');
  });
});
