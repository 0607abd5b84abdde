/**
 * The register of a message: `warm` (English warm, German *du*, Finnish and Swedish friendly) or
 * `formal` (more formal; German *Sie*). German takes its default from how the reader greets the
 * person: Herr, Frau or a title means *Sie*. The default follows the name until the reader
 * chooses otherwise.
 *
 * Where a language addresses the person with a different word in each register (German only: the
 * writers of English, Finnish and Swedish say "you", "sinä" and "du" in both), a sentence the
 * reader typed in the other register stays as typed, but the checks flag its words:
 * `register-formal` (a *Sie* message that says *du*) and `register-warm` (a *du* message that says
 * *Sie*). Finnish "te" and Swedish "ni" are also the plural "you" (a team, a family), so a typed
 * one is no sure sign of a slip, and those languages have no such check.
 */
import { findPhrases, type Match } from './phrases.ts';
import type { CheckResult, CheckStrings, Inputs, Message } from './types.ts';

export const tones = ['warm', 'formal'] as const;
export type Tone = (typeof tones)[number];

/**
 * What a locale's data says about the register a name implies: the words before a name that mean
 * the formal register (German: Herr, Frau, Dr. …), lower case. Data, not code, so the page hands it
 * to the island with the checks.
 */
export interface RegisterHint {
  formalNames?: readonly string[];
  /** The words that address the person in each register, where they differ (German du / Sie). */
  address?: AddressWords;
  /**
   * The strings of checks only this language has (the address checks), by check id, as
   * `checks.<id>` would be in the dictionaries: the page adds them to the island's strings.
   */
  checkStrings?: Record<string, CheckStrings>;
}

export interface AddressWords {
  /** Words of the warm register (du, dich, dein…), as phrases: any case, whole words. */
  warm: readonly string[];
  /**
   * Words of the formal register as written inside a sentence (Sie, Ihnen, Ihr…): matched with
   * their capital, and only inside a sentence, since German writes "sie" and "ihr" (she, they,
   * her) in lower case there, and at a sentence's start the two cannot be told apart.
   */
  formal: readonly string[];
}

/** The register a name implies in this locale: formal after one of its `formalNames`, else warm. */
export function impliedRegister(hint: RegisterHint, name: string | undefined): Tone {
  const first = (name ?? '').trim().toLowerCase().split(/\s+/)[0] ?? '';
  return hint.formalNames?.includes(first) ? 'formal' : 'warm';
}

/**
 * After an answer changed: when the name changed and the tone is still the one the old name
 * implied (the reader has not chosen otherwise), the tone becomes the one the new name implies.
 */
export function followRegister(nameField: string, before: Inputs, after: Inputs, writer: RegisterHint): Inputs {
  if (!writer.formalNames || before[nameField] === after[nameField]) return after;
  if ((before.tone || 'warm') !== impliedRegister(writer, before[nameField])) return after;
  return { ...after, tone: impliedRegister(writer, after[nameField]) };
}

/** A choice from a list, or the fallback when the stored value is not one of it. */
export const pick = <T extends string>(list: readonly T[], value: string | undefined, fallback: T): T =>
  (list as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

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
