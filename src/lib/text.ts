/**
 * What readers type, as the site reads it: graphemes counted the way a reader sees them, a typed
 * sentence placed in a message, and a day as a form gives it (YYYY-MM-DD).
 *
 * Counting text the way a reader sees it: a grapheme is one visible character, so an emoji with
 * skin tone, a flag, or "é" typed as e + combining accent each count once (Intl.Segmenter).
 */
export function countGraphemes(text: string, locale?: string): number {
  let count = 0;
  for (const _ of new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(text)) count++;
  return count;
}

/** The first `limit` graphemes of a text, never splitting an emoji or an accented letter. */
export function sliceGraphemes(text: string, limit: number, locale?: string): string {
  let result = '';
  let count = 0;
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(text)) {
    if (count++ >= limit) break;
    result += segment;
  }
  return result;
}

/**
 * Ends a sentence the reader typed with a full stop, unless it already ends with punctuation,
 * also when that stands inside closing quotes or brackets (`I said “yes.”` stays as it is). An
 * empty answer stays empty. Nothing else is changed.
 */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return !trimmed || /[.!?…。！？؟۔:]["'“”‘’«»‹›)\]]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The text with its first letter as a capital, when it starts (after any opening quotes or
 * brackets) with a lower-case letter. A digit, an emoji or a script without case is left alone,
 * and so is a name written with an inner capital ("iPhone", "eBay").
 */
export function capitalised(text: string, locale?: string): string {
  return text.replace(/^([\s"'“”„‘’‚«»‹›([]*)(\p{Ll})(?!\p{Lu})/u, (_, before: string, letter: string) => {
    const upper = letter.toLocaleUpperCase(locale);
    // "ß" has no single capital; a word starting with it is kept rather than spelt "SS".
    return before + (upper.length === 1 ? upper : letter);
  });
}

/** A sentence the reader typed, as a message places it: trimmed, capitalised and punctuated. */
export function asSentence(text: string, locale?: string): string {
  return capitalised(sentence(text), locale);
}

// ---- Days, as forms give them: `YYYY-MM-DD`, what `<input type="date">` stores ----------------

/** `YYYY-MM-DD` naming a real day, else false. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The locale dates are written in: the site's English is British ("4 March 2027"). */
export const dateLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

/** U+00AD, the soft hyphen: invisible, except as a hyphen where the browser breaks a line at it. */
export const SOFT_HYPHEN = '\u00AD';

/**
 * The text without its soft hyphens. Everything a reader takes away (copied text, downloads,
 * `mailto:` links, the search index) goes through this, since the build hyphenates what the
 * pages show (src/lib/hyphenate.ts) and a soft hyphen pasted elsewhere can split a word.
 */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}
