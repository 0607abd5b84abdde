/**
 * The address check. Where a language addresses the person with a different word in each register
 * (German only: the writers of English, Finnish and Swedish say "you", "sinä" and "du" in both), a
 * sentence the reader typed in the other register stays as typed, but the checks flag its words:
 * `register-formal` (a *Sie* message that says *du*) and `register-warm` (a *du* message that says
 * *Sie*). Finnish "te" and Swedish "ni" are also the plural "you" (a team, a family), so a typed
 * one is no sure sign of a slip, and those languages have no such check. The words are each
 * locale's data (`RegisterHint.address`, register.ts).
 */
import { findPhrases, type Match } from './phrases.ts';
import type { AddressWords, RegisterHint, Tone } from './register.ts';
import type { CheckResult, Message } from './types.ts';

/** Whether the word at `start` stands inside a sentence: not first in it, a line or a quotation. */
function insideSentence(text: string, start: number): boolean {
  const before = text.slice(0, start).replace(/[ \t\u00A0"'„“”‚‘’»«([–—-]+$/u, '');
  return before !== '' && !/[.!?:…\n]$/u.test(before);
}

/** Every occurrence of one of `words`, with its capital, inside a sentence. */
function formalWords(text: string, words: readonly string[]): Match[] {
  const list = words.map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${list})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)]
    .filter((m) => insideSentence(text, m.index))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * The words of `text` that address the person in the register other than `tone`: *du* words in a
 * formal message, *Sie* words in a warm one. A word written as it is in one of `names` is part of
 * a name, not a slip ("Herr Du", "Du Wei").
 */
export function addressSlips(
  text: string,
  tone: Tone,
  words: AddressWords,
  names: ReadonlyArray<string | undefined>,
): Match[] {
  const found = tone === 'formal' ? findPhrases(text, words.warm) : formalWords(text.normalize('NFC'), words.formal);
  const ofNames = new Set(names.flatMap((name) => (name ?? '').normalize('NFC').split(/[\s,]+/)));
  return found.filter((m) => !ofNames.has(m.text));
}

/**
 * The address check of a message in `tone`, for a language whose registers address the person
 * differently; none for the others. Flags the words of the other register, in subject and body.
 */
export function addressCheck(
  message: Message,
  tone: Tone,
  hint: RegisterHint,
  names: ReadonlyArray<string | undefined>,
): CheckResult[] {
  if (!hint.address) return [];
  const found = (['subject', 'body'] as const).flatMap((part) =>
    addressSlips(message[part], tone, hint.address!, names).map((m) => ({ ...m, part })),
  );
  return [{ id: `register-${tone}`, pass: found.length === 0, found }];
}
