import type { Locale } from '../i18n/locales.ts';

/**
 * Reading speed in words per minute for screen reading of non-fiction. Finnish and German words
 * are longer, so fewer of them are read per minute (after Trauzettel-Klosinski & Dietz, 2012, who
 * measured 161-228 wpm across 17 languages; Finnish 161, German 179, Swedish 218, English 228).
 */
const wordsPerMinute: Record<Locale, number> = { en: 228, de: 179, fi: 161, sv: 218 };

/** Counts the words of a text as the locale segments them (Intl.Segmenter), ignoring punctuation. */
export function countWords(text: string, locale: Locale): number {
  let count = 0;
  for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if (segment.isWordLike) count++;
  }
  return count;
}

/** Whole minutes to read a text, at least one. */
export function readingMinutes(text: string, locale: Locale): number {
  return Math.max(1, Math.round(countWords(text, locale) / wordsPerMinute[locale]));
}

/** The readable words of an MDX body: component tags, link targets and markup characters dropped. */
export function mdxToText(body: string): string {
  return body
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`[\]|-]/g, ' ');
}
