/**
 * The reconnection email of lesson 3, built on its moves: name the silence (in the subject too)
 * with a personal touch, a short update, ask for advice without pressure, give the out, offer help
 * in return; short enough to read on a phone. (The lesson's "the silence is on both of you" is a
 * thought for the writer's own head; sent, it would read as a reproach, so the email never says it.)
 *
 * The reader gives names and whole sentences (what is new, what they would like advice on, what
 * they can offer); each locale's writer in `locales/<locale>.ts` composes the email around them
 * in its own grammar, for the register and the relationship chosen. `checkReconnect` judges
 * whatever the reader made of the draft. The questions are in questions.ts (the island carries
 * them); the island loads this module when the reader heads for "Write". Pure: no React, no DOM.
 */
import type { Locale } from '../../../i18n/locales.ts';
import { countWords } from '../../../lib/reading-time.ts';
import { render } from '../letter.ts';
import { addressCheck } from '../address.ts';
import { pick, tones, type RegisterHint, type Tone } from '../register.ts';
import { findPhrases, hasPhrase, keepsAnswer } from '../phrases.ts';
import type { BuilderSpec, CheckResult, Inputs, Message, Writer } from '../types.ts';
import { reconnectQuestions, relationships, type Relationship } from './questions.ts';

export { relationships, tones, type Relationship, type Tone };
export { yearChoices } from './questions.ts';

/** The reader's answers, read once: trimmed, with the choices checked. */
export interface ReconnectAnswers {
  /** As they will greet them: "Margaret", "Frau Huber". */
  name: string;
  relationship: Relationship;
  years: number;
  tone: Tone;
  /** Whole sentences, possibly empty: a memory, their news, the advice they want, their offer. */
  memory: string;
  news: string;
  advice: string;
  offer: string;
  yourName: string;
}

/** A locale's writer: the JavaScript the island loads for its locale when the reader heads for "Write". */
export type ReconnectCompose = Writer<ReconnectAnswers>;

/** A locale's data (what the checks look for, a label, a register hint): the page hands it over. */
export interface ReconnectChecks extends RegisterHint {
  /** "Subject", as a pasted email shows it. */
  subjectLabel: string;
  /** Phrase lists for the checks, in the syntax of ../phrases.ts. */
  phrases: {
    silence: string[];
    personal: string[];
    update: string[];
    advice: string[];
    /** Desperate or pushy: flagged and highlighted. */
    pressure: string[];
    out: string[];
    offer: string[];
  };
  /** Words that still read comfortably on a phone screen. */
  maxWords: number;
}

export type ReconnectWriter = ReconnectCompose & ReconnectChecks;

export function readReconnect(inputs: Inputs): ReconnectAnswers {
  const get = (key: string) => (inputs[key] ?? '').trim();
  return {
    name: get('theirName'),
    relationship: pick(relationships, inputs.relationship, 'colleague'),
    years: Number(inputs.years) || 1,
    tone: pick(tones, inputs.tone, 'warm'),
    memory: get('memory'),
    news: get('news'),
    advice: get('advice'),
    offer: get('offer'),
    yourName: get('yourName'),
  };
}

export function writeReconnect(inputs: Inputs, writer: ReconnectWriter): Message {
  return render(writer.compose(readReconnect(inputs)));
}

export function checkReconnect(
  message: Message,
  inputs: Inputs,
  writer: ReconnectWriter,
  locale: Locale,
): CheckResult[] {
  const { subject, body } = message;
  const p = writer.phrases;
  const pressure = [
    ...findPhrases(subject, p.pressure).map((m) => ({ ...m, part: 'subject' as const })),
    ...findPhrases(body, p.pressure).map((m) => ({ ...m, part: 'body' as const })),
  ];
  const words = countWords(body, locale);
  return [
    { id: 'subject-silence', pass: hasPhrase(subject, p.silence) },
    { id: 'silence', pass: hasPhrase(body, p.silence) },
    { id: 'personal', pass: hasPhrase(body, p.personal) || keepsAnswer(body, inputs.memory) },
    { id: 'update', pass: hasPhrase(body, p.update) || keepsAnswer(body, inputs.news) },
    { id: 'advice', pass: hasPhrase(body, p.advice) },
    { id: 'pressure', pass: pressure.length === 0, found: pressure },
    { id: 'out', pass: hasPhrase(body, p.out) },
    { id: 'offer', pass: hasPhrase(body, p.offer) || keepsAnswer(body, inputs.offer) },
    { id: 'length', pass: words <= writer.maxWords, values: { count: words, limit: writer.maxWords } },
    // German: a sentence typed with "du" in a "Sie" email, or the other way round.
    ...addressCheck(message, pick(tones, inputs.tone, 'warm'), writer, [inputs.theirName, inputs.yourName]),
  ];
}

export const reconnectBuilder: BuilderSpec<ReconnectWriter> = {
  ...reconnectQuestions,
  write: writeReconnect,
  check: checkReconnect,
  subjectLabel: (writer) => writer.subjectLabel,
};
