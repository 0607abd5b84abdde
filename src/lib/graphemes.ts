/**
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
