/**
 * The meeting goal worksheet of lesson 2, as pure functions: the shape of one worksheet (shape.ts,
 * re-exported here), its steps, validation and naming. What it produces (the brief, the
 * message, the reminder) is in brief.ts, which only the last step loads.
 * No React, no DOM: the wording comes in as the locale's strings, the clock as a Date.
 *
 * Whatever the reader typed is carried as text from start to end. It is never parsed as markup;
 * the Markdown export escapes it so that a Markdown viewer shows the same characters.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { UIStrings } from '../../i18n/index.ts';
import { format } from '../../i18n/format.ts';
import { countGraphemes } from '../../lib/graphemes.ts';

import { isDay, showDay, type FieldId, type TextField, type Worksheet } from './shape.ts';

export * from './shape.ts';
export type WorksheetStrings = UIStrings['worksheet'];

/** The steps, each with its fields. The last one shows the results. */
export const steps: ReadonlyArray<{ id: keyof WorksheetStrings['steps']; fields: readonly FieldId[] }> = [
  { id: 'person', fields: ['contact', 'how', 'meetingDate', 'askedBy'] },
  { id: 'goal', fields: ['goalKind', 'knowWhy', 'goal', 'whyNow'] },
  { id: 'prepare', fields: ['prepareMe', 'prepareThem', 'questions'] },
  { id: 'follow', fields: ['offer', 'followUpDate', 'yourName'] },
  { id: 'result', fields: [] },
];
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

// ---- Naming (a file's name is the brief's: brief.ts) ------------------------------------------

/** How the list names a worksheet: who you meet and the day you meet. */
export function sheetName(sheet: Worksheet, t: WorksheetStrings, locale: Locale): string {
  const who = sheet.contact.trim() || t.list.untitled;
  return isDay(sheet.meetingDate) ? `${who} · ${showDay(sheet.meetingDate, locale)}` : who;
}

// ---- Text ---------------------------------------------------------------------------------------

export { sentence } from '../../lib/text.ts';
