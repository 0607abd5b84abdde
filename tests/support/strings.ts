/** The dictionary's strings as the browser tests look for them on a page. */

/** The text as a regular expression's source that matches exactly it. */
export const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  );
}
