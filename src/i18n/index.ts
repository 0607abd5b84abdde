/**
 * The interface strings of each locale and the two helpers that fill them in. Pages call
 * `ui(locale)`; islands receive only the strings they need as props.
 */
import en, { type UIStrings } from './ui/en/index.ts';
import de from './ui/de/index.ts';
import fi from './ui/fi/index.ts';
import sv from './ui/sv/index.ts';
import { intlLocales, type Locale } from './locales.ts';

export type { UIStrings };
export * from './locales.ts';
export * from './format.ts';

export const dictionaries: Record<Locale, UIStrings> = { en, de, fi, sv };

export function ui(locale: Locale): UIStrings {
  return dictionaries[locale];
}

/** A language's name in the reader's language, e.g. `de` in Finnish is "saksa". */
export function languageName(code: string, inLocale: Locale): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
}

/** A date as the locale writes it in running text, e.g. "22 November 2026", "22.11.2026". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
