/**
 * The register of a message: `warm` (English warm, German *du*, Finnish and Swedish friendly) or
 * `formal` (more formal; German *Sie*). German takes its default from how the reader greets the
 * person: Herr, Frau or a title means *Sie*. The default follows the name until the reader
 * chooses otherwise.
 * The check that flags a typed word of the other register is in address.ts, with the checks,
 * which load on the way to "Write": this module comes with the questions.
 */
import type { CheckStrings, Inputs } from './types.ts';

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
