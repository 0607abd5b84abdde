/**
 * Soft hyphens, which the build puts into what the pages show (src/lib/hyphenate.ts), and which
 * nothing a reader takes away may carry. A module of its own, so that copying and downloading in
 * an island do not bring the rest of the text helpers (text.ts) with them.
 */

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
