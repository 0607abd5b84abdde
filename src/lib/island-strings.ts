/**
 * Build time only: the interface strings a page hands its islands, hyphenated once for the page's
 * language (src/lib/hyphenate.ts), so that the islands' headings, labels, legends, hints and
 * buttons break a long word at a syllable, as the rest of the page does. The islands never import
 * this file: the patterns stay out of every bundle.
 *
 * Left as written: every string that becomes part of what the reader takes away (a message they
 * copy or send, a file they download, a file's name), listed here by key, and the data an island
 * compares with what the reader typed (the builders' phrase lists, which the page hands over as
 * data of their own, see src/islands/builders/page.ts). What the reader takes away is also cleaned
 * on the way out (`withoutSoftHyphens` in text.ts), but a string that starts clean cannot end up
 * in a textarea, in saved work or in a comparison with a soft hyphen in it.
 */
import { ui, type Locale } from '../i18n/index.ts';
import { hyphenateAll } from './hyphenate.ts';

/** Keys, at any depth, whose strings go into what the reader takes away, by island. */
export const takenAway = {
  /** The builders: the subject line's label, which a copied email starts with ("Subject: …"). */
  builders: ['subject'],
  /**
   * The worksheet: the brief (shown, printed and downloaded as .md and .txt, file name included),
   * the message it suggests (edited, saved and copied), the calendar reminder (.ics) and the
   * kinds of goal, which the brief names.
   */
  worksheet: ['brief', 'message', 'calendar', 'kinds'],
  /** Saved work and the notice for data set aside: the names of the files they download. */
  saved: ['file'],
} as const satisfies Record<string, readonly string[]>;

/** The notice every island shows for saved data it could not read, for `locale`. */
export function noticeStrings(locale: Locale) {
  return hyphenateAll(ui(locale).saved.notice, locale, takenAway.saved);
}

/** The worksheet island's strings for `locale`. */
export function worksheetStrings(locale: Locale) {
  return hyphenateAll(ui(locale).worksheet, locale, takenAway.worksheet);
}

/** The saved-work island's strings for `locale`. */
export function savedStrings(locale: Locale) {
  return hyphenateAll(ui(locale).saved.island, locale, takenAway.saved);
}
