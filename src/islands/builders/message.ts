/**
 * The framework's pure helpers for a written draft: the character counter, the announcement of
 * changed checks, highlighting, copying and `mailto:`. Loaded with the draft (Draft.tsx), not
 * before. No React, no DOM: everything here is unit-tested.
 */
import { countGraphemes } from '../../lib/graphemes.ts';
import { withoutSoftHyphens } from '../../lib/soft-hyphens.ts';
import { format, type PluralForms } from '../../i18n/format.ts';
import { countedText } from './counted.ts';
import type { BuilderStrings, Limit, CheckResult, Message } from './types.ts';
import type { Match } from './phrases.ts';

/** Fills wording templates: the site's `format()` (`{Name}` capitalises a value). */
export const fill = format;
export type { PluralForms };

export type CounterBand = 'plenty' | 'near' | 'close' | 'over';
export type { Limit };

/**
 * The counter of a limited message: characters as the reader counts them (an emoji or an accented
 * letter is one), how many are left (negative when over) and a band that changes only at the
 * thresholds a screen reader should hear about: 50 left, 20 left, over the limit.
 */
export function counter(
  text: string,
  limit: number,
  locale?: string,
): { count: number; left: number; band: CounterBand } {
  const count = countGraphemes(text, locale);
  const left = limit - count;
  const band = left < 0 ? 'over' : left <= 20 ? 'close' : left <= 50 ? 'near' : 'plenty';
  return { count, left, band };
}

/** A key that changes only when some check turns from pass to fail or back. */
export function verdicts(results: readonly CheckResult[]): string {
  return results.map((r) => `${r.id}:${r.pass ? 1 : 0}`).join(' ');
}

/** What a screen reader hears when a verdict changes: how many checks pass, and which are still to do. */
export function checksSummary(results: readonly CheckResult[], strings: BuilderStrings, locale: string): string {
  const c = strings.common;
  const open = results.filter((r) => !r.pass).map((r) => strings.checks[r.id]?.label ?? r.id);
  const done = countedText(locale, c.summary, results.length - open.length, { total: results.length });
  return open.length ? `${done} ${fill(c.stillToDo, { list: open.join('; ') })}` : done;
}

/** A text cut into plain and flagged pieces, for showing flagged words with <mark>. */
export function highlight(text: string, found: readonly Match[]): Array<{ text: string; flagged: boolean }> {
  const source = text.normalize('NFC');
  const pieces: Array<{ text: string; flagged: boolean }> = [];
  let at = 0;
  for (const match of [...found].sort((a, b) => a.start - b.start)) {
    if (match.start < at) continue;
    if (match.start > at) pieces.push({ text: source.slice(at, match.start), flagged: false });
    pieces.push({ text: source.slice(match.start, match.end), flagged: true });
    at = match.end;
  }
  if (at < source.length) pieces.push({ text: source.slice(at), flagged: false });
  return pieces;
}

/** Subject and body in one text for pasting, the subject on its own first line. */
export function withSubject(message: Message, subjectLabel: string): string {
  return message.subject.trim() ? `${subjectLabel}: ${message.subject}\n\n${message.body}` : message.body;
}

/** Lone surrogates (half an emoji) cannot be percent-encoded; they become U+FFFD instead of throwing. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/**
 * A `mailto:` link that opens the reader's email app with the draft (RFC 6068): no recipient, the
 * subject and the body percent-encoded as UTF-8, line breaks in the body as CRLF, no soft hyphen.
 */
export function mailto(message: Message): string {
  const body = withoutSoftHyphens(wellFormed(message.body)).replace(/\r\n|\r|\n/g, '\r\n');
  const subject = withoutSoftHyphens(wellFormed(message.subject)).replace(/[\r\n]+/g, ' ');
  const parts = subject ? [`subject=${encodeURIComponent(subject)}`] : [];
  parts.push(`body=${encodeURIComponent(body)}`);
  return `mailto:?${parts.join('&')}`;
}
