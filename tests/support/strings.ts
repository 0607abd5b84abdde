/** The dictionary's strings as the browser tests look for them on a page. */

/**
 * The text as a regular expression's source that matches exactly it, as the page may show it:
 * with a soft hyphen (U+00AD) anywhere inside a word, since the build hyphenates long words
 * (src/lib/hyphenate.ts). Playwright leaves soft hyphens out when it matches a string, but a
 * regular expression meets the text as it is.
 */
export const escaped = (text: string) =>
  [...text].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\u00AD?');

/**
 * A pattern for a message template of the dictionary: `'Saved at {time}'` matches `Saved at 10:42`.
 * Each `{name}` stands for some text; everything else must be there as written.
 */
export function filled(template: string): RegExp {
  return new RegExp(
    `^${template
      .split(/\{\w+\}/)
      .map(escaped)
      .join('.+?')}$`,
    'u',
  );
}
