/**
 * Hyphenation at build time: soft hyphens (U+00AD) at the syllable breaks of long words, by the
 * page's language, so that a long compound ("Kontaktanfrage", "verkostoitumistapaaminen",
 * "kontaktförfrågan") breaks at a syllable with a visible hyphen instead of at any letter. CSS
 * `hyphens: auto` cannot do this: Chromium on Linux and Windows has no hyphenation dictionaries.
 *
 * The patterns are TeX's, from the `hyphen` package: German in the 1996 orthography, British
 * English, Finnish, Swedish. Finnish breaks only where both of its pattern sets agree: the
 * standard one knows compound seams but misses some syllables ("os-apuolten"), the school one
 * follows the syllable rule across seams ("yhteyde-notto"); where they agree, both are right. Used by the build only (Astro components and the MDX step in
 * src/lib/hyphenate-mdx.ts), never by the browser: the patterns stay out of every bundle.
 *
 * What is left whole, word by word:
 * - anything with a digit or a character that is not a letter, hyphen or apostrophe inside it:
 *   numbers, dates, URLs, e-mail addresses, file names, code (`a.b`, `x_y`, `@user`);
 * - words with a capital after the first letter (LinkedIn, ABC, iPhone);
 * - short words: fewer than 10 letters, or fewer than 11 when capitalised, since a capital marks a
 *   name in English, Finnish and Swedish and most names are short. A word of nine letters fits
 *   every line the site has, a heading on a 320 px phone included, and each soft hyphen costs
 *   bytes on every page (the quiz's text is on a lesson twice), so shorter words get none;
 * - in English, Finnish and Swedish, a capitalised word that does not start a sentence (a name);
 * - the words in `keepWhole` (names long enough to be mistaken for a German compound).
 * Text that must stay as it is (code, names in MDX) sits in <code>, <kbd> or an element with
 * `translate="no"`, which the MDX step skips. No break carries fewer than three letters to the
 * next line: "-ge" or "-li" alone there reads badly, and the word's other syllables give the line
 * enough places to break (a prefix such as "Ge-" or "re-" may still end a line).
 *
 * Nothing a reader takes away may carry a soft hyphen: see `withoutSoftHyphens` in text.ts.
 */
import de from 'hyphen/de-1996/index.js';
import en from 'hyphen/en-gb/index.js';
import fi from 'hyphen/fi/index.js';
import fiSchool from 'hyphen/fi-x-school/index.js';
import sv from 'hyphen/sv/index.js';
import type { Locale } from '../i18n/locales.ts';
import { SOFT_HYPHEN } from './soft-hyphens.ts';

/** Fewest letters a lower-case word needs before it is hyphenated. */
const MIN_LETTERS = 10;
/** Fewest letters a break carries to the next line. */
const MIN_AFTER = 3;
/** Fewest letters a capitalised word needs (names are mostly shorter; German compounds longer). */
const MIN_CAPITALISED = 11;

/**
 * Words the patterns break badly, hyphenated by hand (`-` marks a break), and names to keep
 * whole (no `-`). Matched whole and case-sensitively, as the `hyphen` package does.
 */
const exceptions: Record<Locale, string[]> = {
  en: [],
  de: [],
  fi: [],
  // The patterns miss the linking s of some compounds ("nät-verk-sträff", "projek-tingenjör").
  sv: [
    'nät-verks-träff',
    'nät-verks-träf-fen',
    'nät-verks-träf-far',
    'nät-verks-träf-far-na',
    'nät-verks-mö-te',
    'nät-verks-mö-ten',
    'nät-verks-mö-tet',
    'le-ve-ran-törs-ked-jor',
    'pro-jekt-in-gen-jör',
    'af-färs-part-ner',
    'ci-vil-in-gen-jör',
  ],
};

/** Names that must never be hyphenated, in every language. */
export const keepWhole: readonly string[] = ['Connector'];

type Hyphenator = (
  word: string,
  options: { hyphenChar: string; minWordLength: number; exceptions: string[] },
) => string;

/** The offsets in `word` (without its soft hyphens) after which `hyphenated` has one. */
function breaks(hyphenated: string): Set<number> {
  const found = new Set<number>();
  let offset = 0;
  for (const char of hyphenated) {
    if (char === SOFT_HYPHEN) found.add(offset);
    else offset += char.length;
  }
  return found;
}

/** Only the breaks both hyphenators agree on. */
function agreed(first: Hyphenator, second: Hyphenator): Hyphenator {
  return (word, options) => {
    const a = first(word, options);
    const b = breaks(second(word, options));
    const shared = [...breaks(a)].filter((offset) => b.has(offset));
    let result = '';
    let last = 0;
    for (const offset of shared) {
      result += word.slice(last, offset) + SOFT_HYPHEN;
      last = offset;
    }
    return result + word.slice(last);
  };
}

/** Only the breaks that carry at least `after` letters to the next line. */
function carrying(hyphenate: Hyphenator, after: number): Hyphenator {
  return (word, options) => {
    let result = '';
    let offset = 0;
    for (const char of hyphenate(word, options)) {
      if (char !== SOFT_HYPHEN) {
        result += char;
        offset += char.length;
      } else if (word.length - offset >= after) {
        result += char;
      }
    }
    return result;
  };
}

const patterns: Record<Locale, Hyphenator> = {
  de: carrying(de.hyphenateSync, MIN_AFTER),
  en: carrying(en.hyphenateSync, MIN_AFTER),
  fi: carrying(agreed(fi.hyphenateSync, fiSchool.hyphenateSync), MIN_AFTER),
  sv: carrying(sv.hyphenateSync, MIN_AFTER),
};

const letter = /^[\p{L}\p{M}]$/u;
const wordish = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;
/** Marks of handles, tags, paths and code anywhere in a token: `@name`, `#tag`, `a/b`, `a_b`. */
const codeish = /[@#/\\_=<>{}|~^*+%$&\p{N}]/u;
const sentenceEnd = /[.!?…:]["”’»)]*$/u;

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** True when a capital follows the first letter (LinkedIn, ABC): brands and acronyms. */
function hasInnerCapital(word: string): boolean {
  const rest = word.slice(1);
  return rest !== rest.toLowerCase();
}

function hyphenateWord(word: string, locale: Locale, startsSentence: boolean): string {
  if (keepWhole.includes(word) || hasInnerCapital(word)) return word;
  const letters = [...word].filter((c) => letter.test(c)).length;
  if (isCapitalised(word)) {
    if (letters < MIN_CAPITALISED) return word;
    if (locale !== 'de' && !startsSentence) return word;
  } else if (letters < MIN_LETTERS) {
    return word;
  }
  return patterns[locale](word, {
    hyphenChar: SOFT_HYPHEN,
    minWordLength: MIN_LETTERS,
    exceptions: [...exceptions[locale], ...keepWhole],
  });
}

export interface HyphenateOptions {
  /**
   * Whether the text starts a sentence, so that its first word may be capitalised for that
   * reason alone (true by default; the MDX step passes false for text after inline markup).
   */
  startsSentence?: boolean;
}

/**
 * `text` with soft hyphens at the syllable breaks of its long words, in the rules of `locale`.
 * Plain text only (Astro escapes it); text that already has a soft hyphen is returned as it is.
 */
export function hyphenate(text: string, locale: Locale, { startsSentence = true }: HyphenateOptions = {}): string {
  if (!text || text.includes(SOFT_HYPHEN)) return text;
  let atStart = startsSentence;
  return text
    .split(/(\s+)/)
    .map((token) => {
      if (!token || /^\s+$/.test(token)) return token;
      const [, before = '', core = '', after = ''] =
        /^([^\p{L}\p{M}\p{N}]*)(.*?)([^\p{L}\p{M}\p{N}]*)$/su.exec(token) ?? [];
      const starts = atStart;
      atStart = sentenceEnd.test(token);
      if (!wordish.test(core) || codeish.test(token)) return token;
      // A compound with hyphens ("E-Mail-Adresse", "follow-up"): each part on its own.
      const parts = core.split('-').map((part, i) => {
        const [, stem = part, tail = ''] = /^(.*?)((?:['’][\p{L}\p{M}]{1,2})?)$/u.exec(part) ?? [];
        return hyphenateWord(stem, locale, starts && i === 0) + tail;
      });
      return before + parts.join('-') + after;
    })
    .join('');
}

/**
 * Every string in `value` hyphenated, its shape kept: for the strings an island receives from its
 * page. Keys in `skip` keep their values as they are, at any depth (e.g. text that becomes part
 * of a message the reader sends).
 */
export function hyphenateAll<T>(value: T, locale: Locale, skip: readonly string[] = []): T {
  if (typeof value === 'string') return hyphenate(value, locale) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => hyphenateAll(item, locale, skip)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, skip.includes(key) ? item : hyphenateAll(item, locale, skip)]),
    ) as T;
  }
  return value;
}
