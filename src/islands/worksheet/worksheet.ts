/**
 * The meeting goal worksheet of lesson 2, as pure functions: the shape of one worksheet, its steps
 * and validation, and what it produces — the one-page brief (as a model, as Markdown, as plain
 * text), the message to send before the meeting and the follow-up reminder (.ics, see ics.ts).
 * No React, no DOM: the wording comes in as the locale's strings, the clock as a Date.
 *
 * Whatever the reader typed is carried as text from start to end. It is never parsed as markup;
 * the Markdown export escapes it so that a Markdown viewer shows the same characters.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { UIStrings } from '../../i18n/index.ts';
import { format } from '../../i18n/index.ts';
import { asSentence, countGraphemes, dateLocale, isDay, sentence } from '../../lib/text.ts';
import { calendar } from './ics.ts';

export type WorksheetStrings = UIStrings['worksheet'];

export const kinds = ['expert', 'project', 'collaborate', 'career', 'know', 'own'] as const;
export type GoalKind = (typeof kinds)[number];
export const askers = ['me', 'them'] as const;
export type Asker = (typeof askers)[number];

/** The fields the reader types into, in the order the worksheet asks for them. */
export const textFields = [
  'contact',
  'how',
  'meetingDate',
  'knowWhy',
  'goal',
  'whyNow',
  'prepareMe',
  'prepareThem',
  'questions',
  'offer',
  'followUpDate',
  'yourName',
] as const;
export type TextField = (typeof textFields)[number];
export type FieldId = TextField | 'askedBy' | 'goalKind';

export type Worksheet = Record<TextField, string> & {
  id: string;
  /** ISO timestamps. */
  created: string;
  changed: string;
  /** The step the reader was on, 0-based, so a reload opens where they left. */
  step: number;
  askedBy: Asker | '';
  goalKind: GoalKind | '';
  /** The reader's own version of the message, by who asked; absent while they keep the suggestion. */
  message: Partial<Record<Asker, string>>;
};

/** The steps, each with its fields. The last one shows the results. */
export const steps: ReadonlyArray<{ id: keyof WorksheetStrings['steps']; fields: readonly FieldId[] }> = [
  { id: 'person', fields: ['contact', 'how', 'meetingDate', 'askedBy'] },
  { id: 'goal', fields: ['goalKind', 'knowWhy', 'goal', 'whyNow'] },
  { id: 'prepare', fields: ['prepareMe', 'prepareThem', 'questions'] },
  { id: 'follow', fields: ['offer', 'followUpDate', 'yourName'] },
  { id: 'result', fields: [] },
];
export const resultStep = steps.length - 1;
export const allFields: readonly FieldId[] = steps.flatMap((step) => step.fields);

export function stepOf(field: FieldId): number {
  return steps.findIndex((step) => step.fields.includes(field));
}

/** Longest answers, in graphemes. Names stay short for the brief's title; the rest may run long. */
export const limits: Record<TextField, number> = {
  contact: 100,
  yourName: 100,
  how: 5000,
  meetingDate: 10,
  knowWhy: 5000,
  goal: 5000,
  whyNow: 5000,
  prepareMe: 5000,
  prepareThem: 5000,
  questions: 5000,
  offer: 5000,
  followUpDate: 10,
};

export function emptyWorksheet(id: string, now: Date): Worksheet {
  const blank = Object.fromEntries(textFields.map((field) => [field, ''])) as Record<TextField, string>;
  const stamp = now.toISOString();
  return { ...blank, id, created: stamp, changed: stamp, step: 0, askedBy: '', goalKind: '', message: {} };
}

export { isDay };

/** A day as the locale writes it, e.g. "12 March 2027" (British English), "12. März 2027". */
export function showDay(value: string, locale: Locale): string {
  return new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  );
}

// ---- Validation ---------------------------------------------------------------------------------

export interface FieldError {
  field: FieldId;
  message: string;
}

/** What is wrong with `fields` (all by default), in the worksheet's order. Never changes the sheet. */
export function validate(
  sheet: Worksheet,
  t: WorksheetStrings,
  locale: Locale,
  fields: readonly FieldId[] = allFields,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of allFields) {
    if (!fields.includes(field)) continue;
    if (field === 'askedBy' || field === 'goalKind') {
      if (field === 'askedBy' && !sheet.askedBy) errors.push({ field, message: t.errors.askedBy });
      continue;
    }
    const value = sheet[field];
    if ((field === 'contact' || field === 'goal') && !value.trim()) {
      errors.push({ field, message: t.errors[field] });
      continue;
    }
    const count = countGraphemes(value, locale);
    if (count > limits[field]) {
      const label = t.fields[field].label;
      errors.push({ field, message: format(t.errors.tooLong, { field: label, max: limits[field], count }) });
      continue;
    }
    if (field === 'followUpDate' && isDay(value) && isDay(sheet.meetingDate) && value < sheet.meetingDate) {
      errors.push({ field, message: format(t.errors.followUpBefore, { date: showDay(sheet.meetingDate, locale) }) });
    }
  }
  return errors;
}

// ---- Naming -------------------------------------------------------------------------------------

/** How the list names a worksheet: who you meet and the day you meet. */
export function sheetName(sheet: Worksheet, t: WorksheetStrings, locale: Locale): string {
  const who = sheet.contact.trim() || t.list.untitled;
  return isDay(sheet.meetingDate) ? `${who} · ${showDay(sheet.meetingDate, locale)}` : who;
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

// ---- The message before the meeting -------------------------------------------------------------

export { sentence };

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
