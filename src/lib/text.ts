/**
 * What readers type, as the site reads it: graphemes counted the way a reader sees them, and a
 * typed sentence placed in a message. (A day as a form gives it is in days.ts; soft hyphens, which
 * nothing taken away may carry, in soft-hyphens.ts.)
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
