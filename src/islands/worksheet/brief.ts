/**
 * What the worksheet produces, as pure functions: the one-page brief (as a model, as Markdown, as
 * plain text), the message to send before the meeting and the follow-up reminder (.ics, see
 * ics.ts). Only the last step (Result.tsx) uses them, so the page loads them only when the reader
 * gets there.
 *
 * Whatever the reader typed is carried as text from start to end. It is never parsed as markup;
 * the Markdown export escapes it so that a Markdown viewer shows the same characters.
 */
import type { Locale } from '../../i18n/locales.ts';
import { format } from '../../i18n/format.ts';
import { countGraphemes } from '../../lib/graphemes.ts';
import { asSentence } from '../../lib/text.ts';
import { calendar } from './ics.ts';
import { isDay, showDay, type Asker, type Worksheet, type WorksheetStrings } from './worksheet.ts';

// ---- The brief ----------------------------------------------------------------------------------

export interface BriefSection {
  heading: string;
  /** A line above the text, e.g. the kind of goal. */
  note?: string;
  text?: string;
  items?: string[];
}

export interface Brief {
  title: string;
  facts: Array<{ label: string; value: string }>;
  sections: BriefSection[];
  /** Reminders for the meeting and after it. */
  checks: string[];
}

/** Lines of a multi-line answer, each trimmed, empty ones dropped. */
export function lines(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The one-page brief: only what was answered, in the order it helps during the meeting. */
export function buildBrief(sheet: Worksheet, t: WorksheetStrings, locale: Locale): Brief {
  const b = t.brief;
  const name = sheet.contact.trim();
  const facts: Brief['facts'] = [];
  if (isDay(sheet.meetingDate)) facts.push({ label: b.meeting, value: showDay(sheet.meetingDate, locale) });
  if (sheet.how.trim()) facts.push({ label: b.how, value: sheet.how.trim() });
  if (sheet.askedBy)
    facts.push({ label: b.askedBy, value: sheet.askedBy === 'me' ? b.askedMe : format(b.askedThem, { name }) });
  if (isDay(sheet.followUpDate)) facts.push({ label: b.followUp, value: showDay(sheet.followUpDate, locale) });

  const sections: BriefSection[] = [];
  const add = (heading: string, text: string, note?: string) => {
    if (text.trim()) sections.push(note ? { heading, note, text: text.trim() } : { heading, text: text.trim() });
  };
  add(b.goal, sheet.goal, sheet.goalKind ? t.kinds[sheet.goalKind] : undefined);
  if (sheet.goalKind === 'know') add(b.knowWhy, sheet.knowWhy);
  add(b.whyNow, sheet.whyNow);
  add(b.prepareMe, sheet.prepareMe);
  add(b.prepareThem, sheet.prepareThem);
  const questions = lines(sheet.questions);
  if (questions.length) sections.push({ heading: b.questions, items: questions });
  add(b.offer, sheet.offer);

  const followUp = isDay(sheet.followUpDate)
    ? format(b.checkFollowUp, { date: showDay(sheet.followUpDate, locale) })
    : b.checkFollowUpSoon;
  return { title: format(b.title, { name }), facts, sections, checks: [b.checkGoal, followUp] };
}

/**
 * Escapes one line for Markdown so a viewer shows exactly these characters: inline syntax
 * everywhere (emphasis, code, links, HTML, tables, strikethrough, entities) and, when the line
 * starts a block, block syntax too (headings, lists, quotes, rules). Indentation is dropped, as a
 * Markdown viewer would drop it.
 */
export function escapeMarkdown(line: string, startsBlock = true): string {
  const inline = line
    .trimStart()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&');
  return startsBlock ? inline.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2') : inline;
}

/**
 * A text as Markdown: paragraphs kept, line breaks kept as hard breaks, `indent` before later lines
 * (inside a list item). `afterPrefix` when the text follows other words on its first line.
 */
function markdownText(text: string, indent = '', afterPrefix = false): string {
  return text
    .trim()
    .split(/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)\s*/)
    .map((paragraph, p) =>
      paragraph
        .split(/\r\n?|\n/)
        .map((line, l) => escapeMarkdown(line, !(afterPrefix && p === 0 && l === 0)))
        .join(`\\\n${indent}`),
    )
    .join(`\n\n${indent}`);
}

/** A heading's text: a `#` at its end would be read as the heading's closing sequence. */
const markdownHeading = (text: string) => markdownText(text, '', true).replace(/#(?=\s*$)/, '\\#');

export function briefMarkdown(brief: Brief): string {
  const out = [`# ${markdownHeading(brief.title)}`, ''];
  if (brief.facts.length) {
    for (const fact of brief.facts)
      out.push(`- **${markdownText(fact.label, '', true)}:** ${markdownText(fact.value, '  ', true)}`);
    out.push('');
  }
  for (const section of brief.sections) {
    out.push(`## ${markdownHeading(section.heading)}`, '');
    if (section.note) out.push(`*${markdownText(section.note, '', true)}*`, '');
    if (section.text) out.push(markdownText(section.text), '');
    if (section.items) {
      section.items.forEach((item, index) => out.push(`${index + 1}. ${markdownText(item, '   ')}`));
      out.push('');
    }
  }
  for (const check of brief.checks) out.push(`- [ ] ${markdownText(check, '  ', true)}`);
  return `${out.join('\n')}\n`;
}

/** The brief as plain text: the reader's words exactly as typed, headings underlined. */
export function briefText(brief: Brief, locale: Locale): string {
  const underline = (text: string, mark: string) =>
    `${text}\n${mark.repeat(Math.max(3, countGraphemes(text, locale)))}`;
  const out = [underline(brief.title, '='), ''];
  if (brief.facts.length) {
    for (const fact of brief.facts) out.push(`${fact.label}: ${fact.value}`);
    out.push('');
  }
  for (const section of brief.sections) {
    out.push(underline(section.heading, '-'));
    if (section.note) out.push(section.note);
    if (section.text) out.push(section.text);
    if (section.items) section.items.forEach((item, index) => out.push(`${index + 1}. ${item}`));
    out.push('');
  }
  for (const check of brief.checks) out.push(`[ ] ${check}`);
  return `${out.join('\n')}\n`;
}

/** A file name from the reader's words: letters and digits of any script, at most 40 of them. */
export function fileName(base: string, contact: string, extension: string): string {
  const slug = contact
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const short = [...slug].slice(0, 40).join('').replace(/-+$/, '');
  return `${short ? `${base}-${short}` : base}.${extension}`;
}

// ---- The message before the meeting -------------------------------------------------------------

/**
 * The message suggested for this worksheet. When you asked for the meeting: a line of ours, then
 * your own sentences (how you know each other, your goal, why now), a time, and what they could
 * think about beforehand. When you were invited: thanks, and a question about what to prepare.
 * Your sentences are placed whole, capitalised and punctuated (`asSentence`), never reworded.
 * In German the message needs neither "du" nor "Sie", so it fits either.
 */
export function suggestedMessage(sheet: Worksheet, t: WorksheetStrings, locale: Locale): string {
  const m = t.message;
  const name = sheet.contact.trim();
  const date = isDay(sheet.meetingDate) ? showDay(sheet.meetingDate, locale) : '';
  const paragraphs = [format(m.greeting, { name })];
  const typed = (text: string) => asSentence(text, locale);
  if (sheet.askedBy === 'them') {
    paragraphs.push(date ? format(m.invitedDate, { date }) : m.invitedOpen, m.invitedPrepare);
  } else {
    const reasons = [sheet.how, sheet.goal, sheet.goalKind === 'know' ? sheet.knowWhy : '', sheet.whyNow]
      .map(typed)
      .filter(Boolean);
    paragraphs.push([m.askOpening, ...reasons].join(' '), date ? format(m.askDate, { date }) : m.askOpen);
    if (sheet.prepareThem.trim()) paragraphs.push(`${m.askPrepare} ${typed(sheet.prepareThem)}`);
  }
  const signature = sheet.yourName.trim();
  paragraphs.push(signature ? `${m.signOff}\n${signature}` : m.signOff);
  return paragraphs.join('\n\n');
}

/** The message shown and copied: the reader's own version when they edited it, else the suggestion. */
export function currentMessage(
  sheet: Worksheet,
  t: WorksheetStrings,
  locale: Locale,
): { text: string; edited: boolean } {
  const own = sheet.askedBy ? sheet.message[sheet.askedBy] : undefined;
  return own === undefined ? { text: suggestedMessage(sheet, t, locale), edited: false } : { text: own, edited: true };
}

/** Keeps the reader's own message for `asker`, or forgets it (back to the suggestion) with undefined. */
export function withMessage(sheet: Worksheet, asker: Asker, text: string | undefined): Worksheet['message'] {
  const message = { ...sheet.message };
  if (text === undefined) delete message[asker];
  else message[asker] = text;
  return message;
}

// ---- The follow-up reminder ---------------------------------------------------------------------

/** The follow-up as an all-day calendar event with a reminder, or undefined without a date. */
export function followUpCalendar(sheet: Worksheet, t: WorksheetStrings, locale: Locale, now: Date): string | undefined {
  if (!isDay(sheet.followUpDate)) return undefined;
  const c = t.calendar;
  const summary = format(c.summary, { name: sheet.contact.trim() });
  const description = [sheet.goal.trim() ? format(c.description, { text: sheet.goal.trim() }) : '', c.reminder]
    .filter(Boolean)
    .join('\n\n');
  return calendar(
    { uid: `follow-up-${sheet.id}@connector`, day: sheet.followUpDate, summary, description, language: locale },
    now,
  );
}
