/**
 * The interface strings of each locale and the two helpers that fill them in. Pages call
 * `ui(locale)`; islands receive only the strings they need as props.
 */
import en, { type UIStrings } from './ui/en/index.ts';
import de from './ui/de/index.ts';
import fi from './ui/fi/index.ts';
import sv from './ui/sv/index.ts';
import type { Locale } from './locales.ts';

export type { UIStrings };
export * from './locales.ts';

export const dictionaries: Record<Locale, UIStrings> = { en, de, fi, sv };

export function ui(locale: Locale): UIStrings {
  return dictionaries[locale];
}

/** Fills `{name}` placeholders; a placeholder without a value is left as it is, to be seen in review. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** Plural forms by CLDR category; all four locales have `one` and `other`. */
export type PluralForms = { one: string; other: string };

/** Picks the plural form for `count` with Intl.PluralRules and fills `{count}` (and `values`). */
export function plural(
  locale: Locale,
  forms: PluralForms,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = category === 'one' ? forms.one : forms.other;
  return format(template, { ...values, count: new Intl.NumberFormat(locale).format(count) });
}

/** A language's name in the reader's language, e.g. `de` in Finnish is "saksa". */
export function languageName(code: string, inLocale: Locale): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
}

/** A date as the locale writes it in running text, e.g. "22 November 2026", "22.11.2026". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
