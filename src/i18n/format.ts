/**
 * Filling interface strings: placeholders and plural forms. Kept apart from the dictionaries so
 * client scripts and islands can use it without pulling every locale's strings into their bundle.
 */

/**
 * Fills `{name}` placeholders. `{Name}` with no value of its own takes `name` with a capital first
 * letter (for a value that starts a sentence). A placeholder without a value is left as it is, to
 * be seen in review.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (Object.hasOwn(values, key)) return String(values[key]);
    const lower = values[key.charAt(0).toLowerCase() + key.slice(1)];
    return lower === undefined ? whole : String(lower).charAt(0).toLocaleUpperCase() + String(lower).slice(1);
  });
}

/** Plural forms by CLDR category; all four locales have `one` and `other`. */
export type PluralForms = { one: string; other: string };

/** The plural form for `count`, chosen with Intl.PluralRules. */
export function pluralForm(locale: string, forms: PluralForms, count: number): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}

/** Picks the plural form for `count` and fills `{count}` as the locale writes numbers (and `values`). */
export function plural(
  locale: string,
  forms: PluralForms,
  count: number,
  values: Record<string, string | number> = {},
): string {
  return format(pluralForm(locale, forms, count), { ...values, count: new Intl.NumberFormat(locale).format(count) });
}
