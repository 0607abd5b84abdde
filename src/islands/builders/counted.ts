/**
 * Numbers in what the builders say: a check's explanation, the counter, the question before
 * deleting all drafts. Beside src/i18n/format.ts rather than in it, so that the islands without a
 * counter do not carry it.
 */
import { format, pluralForm, type PluralForms } from '../../i18n/format.ts';

/**
 * `plural()` of src/i18n/format.ts for what a check or the counter says about a number: also
 * taking a plain string (a text that counts nothing), and with every value, not only the count,
 * written as the locale writes numbers ("1 200 merkkiä", "Ziel 1.500").
 */
export function countedText(
  locale: string,
  forms: PluralForms | string,
  count: number,
  values: Record<string, number> = {},
): string {
  const template = typeof forms === 'string' ? forms : pluralForm(locale, forms, count);
  const numbers = new Intl.NumberFormat(locale);
  return format(
    template,
    Object.fromEntries(Object.entries({ count, ...values }).map(([k, v]) => [k, numbers.format(v)])),
  );
}
