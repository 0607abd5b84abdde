/**
 * A sentence the reader typed, as a message places it: punctuated and capitalised, never
 * reworded. (Counting what readers type is in graphemes.ts; a day as a form gives it in days.ts;
 * soft hyphens, which nothing taken away may carry, in soft-hyphens.ts.)
 */

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
