/**
 * Days, as forms give them: `YYYY-MM-DD`, what `<input type="date">` stores. A module of its own
 * (not text.ts) so that the islands that only read a saved day do not carry the text helpers.
 */

/** `YYYY-MM-DD` naming a real day, else false. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The locale dates are written in: the site's English is British ("4 March 2027"). */
export const dateLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

const changedAtFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * When saved work last changed, as the lists of it show it: "1 Dec 2026, 16:24" in English. The
 * format is made on first use, once per locale, so that a page with nothing dated makes none: the
 * first date format a page makes loads the locale's data, a task of 50 ms here and four times that
 * on a slow phone.
 */
export function changedAt(locale: string, when: Date | number): string {
  let format = changedAtFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
    changedAtFormats.set(locale, format);
  }
  return format.format(when);
}
