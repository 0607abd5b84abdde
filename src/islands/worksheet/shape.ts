/**
 * The shape of one worksheet: what the saved records hold (record.ts) and what the saved-work page
 * names, without the worksheet's steps, validation and naming (worksheet.ts).
 */
import type { Locale } from '../../i18n/locales.ts';
import { dateLocale, isDay } from '../../lib/days.ts';

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

/**
 * The step that shows the results, the last of worksheet.ts's `steps` (a test checks): a saved
 * worksheet is on a step from 0 to this one.
 */
export const resultStep = 4;

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
