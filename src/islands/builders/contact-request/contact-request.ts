/**
 * The contact request of lesson 4, and the first personal message the lesson often recommends
 * instead. To someone you have met: say what you remember, that you would like to stay in touch,
 * and what you can send them. To someone you have never met: who you are, why you write to them,
 * what you hope for, what you can offer, and a sign-off; never "stay in touch" with a stranger.
 *
 * Where the request goes decides its length (see platforms.ts): a free LinkedIn account's note
 * holds 200 characters, Premium and XING 300; an email or another network has a recommended
 * length instead. An email is always a first message, with a subject line.
 *
 * The reader gives names and whole sentences; each locale's writer in `locales/<locale>.ts`
 * composes the request around them. Vague "win-win" phrasing is flagged, a missing reason too.
 * The questions are in questions.ts (the island carries them); the island loads this module when
 * the reader heads for "Write". Pure: no React, no DOM.
 */
import type { Locale } from '../../../i18n/locales.ts';
import { countWords } from '../../../lib/reading-time.ts';
import { render } from '../letter.ts';
import { counter } from '../message.ts';
import { findPhrases, hasPhrase, keepsAnswer } from '../phrases.ts';
import { addressCheck } from '../address.ts';
import { pick, tones, type RegisterHint, type Tone } from '../register.ts';
import type { BuilderSpec, CheckResult, Inputs, Limit, Message, Writer } from '../types.ts';
import { platformIds, platforms, type Platform } from './platforms.ts';
import { contactRequestQuestions } from './questions.ts';

export { kinds, metChoices } from './questions.ts';
export { tones };

/** What is written: a request's note, a first message on the network, or a first email. */
export type Kind = 'request' | 'message' | 'email';

export interface ContactRequestAnswers {
  platform: Platform;
  kind: Kind;
  met: boolean;
  /** As they will be greeted: "Tom", "Herr Dr. Lang". */
  name: string;
  /** Whole sentences, possibly empty: who you are, why you write (or what you remember), what
   * you hope for, what you can offer. */
  about: string;
  reason: string;
  hope: string;
  offer: string;
  tone: Tone;
  yourName: string;
}

/** A locale's writer: the JavaScript the island loads for its locale when the reader heads for "Write". */
export type ContactRequestCompose = Writer<ContactRequestAnswers>;

/** A locale's data (what the checks look for, a label, a register hint): the page hands it over. */
export interface ContactRequestChecks extends RegisterHint {
  /** "Subject", as a pasted email shows it (for the email variant). */
  subjectLabel: string;
  phrases: {
    /** A reason to connect: where you met, what you read or heard, why them. */
    reason: string[];
    /** Vague promises: win-win, synergies, growing networks. Flagged and highlighted. */
    vague: string[];
    /** An offer in return. */
    offer: string[];
    /** Who you are: to someone who does not know you yet. */
    intro: string[];
    /** What you hope for from the contact. */
    hope: string[];
  };
  /** Words a first personal message should stay under. */
  messageMaxWords: number;
}

export type ContactRequestWriter = ContactRequestCompose & ContactRequestChecks;

export function kindOf(inputs: Inputs): Kind {
  if (inputs.platform === 'email') return 'email';
  return inputs.kind === 'message' ? 'message' : 'request';
}

/** The length the text keeps to: the note's, for a request; none for a message (its check counts words). */
export function requestLimit(inputs: Inputs): Limit | undefined {
  if (kindOf(inputs) !== 'request') return undefined;
  return platforms[pick(platformIds, inputs.platform, 'linkedin')].note;
}

export function readContactRequest(inputs: Inputs): ContactRequestAnswers {
  const get = (key: string) => (inputs[key] ?? '').trim();
  return {
    platform: pick(platformIds, inputs.platform, 'linkedin'),
    kind: kindOf(inputs),
    met: inputs.met === 'yes',
    name: get('theirName'),
    about: inputs.met === 'yes' ? '' : get('about'),
    reason: get('reason'),
    hope: get('hope'),
    offer: get('offer'),
    tone: pick(tones, inputs.tone, 'warm'),
    yourName: get('yourName'),
  };
}

export function writeContactRequest(inputs: Inputs, writer: ContactRequestWriter): Message {
  return render(writer.compose(readContactRequest(inputs)));
}

export function checkContactRequest(
  message: Message,
  inputs: Inputs,
  writer: ContactRequestWriter,
  locale: Locale,
): CheckResult[] {
  const { body } = message;
  const p = writer.phrases;
  const vague = findPhrases(body, p.vague).map((m) => ({ ...m, part: 'body' as const }));
  // The reader's own words count for a move, unless they are the vague promise itself.
  const kept = (answer: string | undefined) => keepsAnswer(body, answer) && !hasPhrase(answer ?? '', p.vague);
  const results: CheckResult[] = [];
  const limit = requestLimit(inputs);
  if (limit) {
    const { count } = counter(body, limit.max, locale);
    results.push({
      id: limit.hard ? 'length' : 'recommended',
      pass: count <= limit.max,
      values: { count, limit: limit.max },
    });
  } else {
    const words = countWords(body, locale);
    results.push({
      id: 'short',
      pass: words <= writer.messageMaxWords,
      values: { count: words, limit: writer.messageMaxWords },
    });
  }
  results.push(
    { id: 'reason', pass: hasPhrase(body, p.reason) || kept(inputs.reason) },
    { id: 'vague', pass: vague.length === 0, found: vague },
  );
  // Someone who has never met you learns who you are, what you hope for and what they might gain.
  if (inputs.met !== 'yes') {
    results.push(
      { id: 'intro', pass: hasPhrase(body, p.intro) || kept(inputs.about) },
      { id: 'hope', pass: hasPhrase(body, p.hope) || kept(inputs.hope) },
      { id: 'offer', pass: hasPhrase(body, p.offer) || kept(inputs.offer) },
    );
  }
  // German: a sentence typed with "du" in a "Sie" request, or the other way round.
  results.push(...addressCheck(message, pick(tones, inputs.tone, 'warm'), writer, [inputs.theirName, inputs.yourName]));
  return results;
}

export const contactRequestBuilder: BuilderSpec<ContactRequestWriter> = {
  ...contactRequestQuestions,
  limit: requestLimit,
  write: writeContactRequest,
  check: checkContactRequest,
  subjectLabel: (writer) => writer.subjectLabel,
};
