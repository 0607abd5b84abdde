/**
 * Finding phrases in a draft, for the builders' checks. Phrase lists are data written by each
 * language's editor (see the `locales/` folder of each builder), one phrase per string, in a small
 * syntax that stays readable:
 *   - matching ignores case and takes whole words only: "miss" never matches inside "mission"
 *     (a phrase of punctuation, such as "!!", matches wherever it stands);
 *   - a space matches any run of spaces or line breaks;
 *   - ' matches the straight and the typographic apostrophe alike (it's, it’s);
 *   - * lets a word go on, across hyphens: "urgent*" matches urgent, urgently, urgency, and
 *     "win-win*" the whole "Win-win-Situation"; German and Finnish endings are written this way;
 *   - # is a number in digits: "in # weeks" matches "in 3 weeks", "#.#" matches "7.12".
 * Text and phrases are compared in Unicode NFC, so "é" typed as e + combining accent still matches.
 */
export interface Match {
  start: number;
  end: number;
  text: string;
}

/**
 * A letter of a word: digits and Latin letters with their accents (combining ones too), which is
 * every alphabet the four locales write. Unicode property classes would cover every script, but
 * with case folding they take about 20 times longer to compile, a pause the reader would feel.
 */
const wordChar = '[0-9A-Za-z\u00C0-\u024F\u0300-\u036F]';
const compiled = new WeakMap<readonly string[], RegExp>();

/** A phrase as a regular expression, bounded as a whole word where it starts or ends with a letter. */
function toPattern(phrase: string): string {
  const text = phrase.normalize('NFC').trim();
  const letter = /^[\p{L}\p{M}\p{N}#*]/u;
  let pattern = letter.test(text) ? `(?<!${wordChar})` : '';
  for (const char of text) {
    if (/\s/.test(char)) pattern += pattern.endsWith('\\s+') ? '' : '\\s+';
    else if (char === "'" || char === '’') pattern += "['’]";
    else if (char === '*') pattern += `${wordChar}*(?:-${wordChar}+)*`;
    else if (char === '#') pattern += '\\d+';
    else pattern += /[\\^$.+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
  }
  return letter.test(text.slice(-1)) ? `${pattern}(?!${wordChar})` : pattern;
}

/** One expression for a whole list; longer phrases first, so the longest match wins. */
function compile(phrases: readonly string[]): RegExp {
  let regex = compiled.get(phrases);
  if (!regex) {
    const patterns = phrases
      .filter((p) => p.trim())
      .map(toPattern)
      .sort((a, b) => b.length - a.length);
    regex = new RegExp(patterns.join('|') || '(?!)', 'giu');
    compiled.set(phrases, regex);
  }
  return regex;
}

/** Every place in `text` (taken in NFC) where a phrase of the list occurs, in reading order. */
export function findPhrases(text: string, phrases: readonly string[]): Match[] {
  return [...text.normalize('NFC').matchAll(compile(phrases))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  return findPhrases(text, phrases).length > 0;
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether the reader's own answer still stands in the draft: its first 40 characters (cut at a
 * word) appear, ignoring case and spacing. Lets a check accept what the reader wrote in their own
 * words even when it uses none of the listed phrases.
 */
export function keepsAnswer(text: string, answer: string | undefined): boolean {
  let needle = squash(answer ?? '');
  if (needle.length < 3) return false;
  if (needle.length > 40) needle = needle.slice(0, 40).replace(/\s\S*$/, '');
  return squash(text).includes(needle);
}
