/**
 * The reconnection email of lesson 3, built on its five moves: see the silence as shared, name it
 * (in the subject too) with a personal touch and a short update, ask for advice without pressure,
 * give the out, offer help in return; short enough to read on a phone. `writeReconnect` drafts it
 * from the reader's answers, `checkReconnect` judges whatever the reader made of the draft.
 * The language lives in `locales/<locale>.ts`, passed in as `data`. Pure: no React, no DOM.
 */
import type { Locale } from '../../../i18n/locales.ts';
import { countWords } from '../../../lib/reading-time.ts';
import { fill, sentence } from '../message.ts';
import { findPhrases, hasPhrase, keepsAnswer } from '../phrases.ts';
import type { BuilderSpec, CheckResult, Inputs, Message } from '../types.ts';

export const tones = ['warm', 'formal'] as const;
export type Tone = (typeof tones)[number];

/** How long since you last spoke, in years: the choices offered. */
export const yearChoices = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '12', '15', '20', '25', '30'] as const;

/** The email in one tone. Placeholders: {name}, {years} ({Years} capitalised), {news}, {advice}, {offer}. */
export interface ToneWording {
  subject: string;
  greeting: string;
  /** Names the silence and that it belongs to both of you. */
  silence: string;
  /** A warm line after the reader's own memory. */
  hope: string;
  update: string;
  /** The request for advice and a small, concrete ask (a short call). */
  ask: string;
  out: string;
  offer: string;
  /** Used when the reader has not said what they could offer. */
  offerDefault: string;
  signOff: string;
}

export interface ReconnectData {
  wording: {
    /** "Subject", as a pasted email shows it. */
    subjectLabel: string;
    /** 1 to 12 years in words, as they read in the middle of a sentence: "a year", "two years". */
    years: string[];
    /** More than twelve: "{count} years". */
    manyYears: string;
    tones: Record<Tone, ToneWording>;
  };
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

function yearsText(data: ReconnectData, value: string | undefined): string {
  const count = Number(value) || 1;
  return data.wording.years[count - 1] ?? fill(data.wording.manyYears, { count: String(count) });
}

export function writeReconnect(inputs: Inputs, data: ReconnectData): Message {
  const tone = inputs.tone === 'formal' ? 'formal' : 'warm';
  const w = data.wording.tones[tone];
  const get = (key: string) => (inputs[key] ?? '').trim();
  const values = {
    name: get('theirName'),
    years: yearsText(data, inputs.years),
    news: get('news'),
    advice: sentence(get('advice')),
    offer: get('offer').replace(/[.!]$/, ''),
  };
  const relation = get('relation');
  const paragraphs = [
    fill(w.greeting, values),
    [fill(w.silence, values), relation && sentence(relation), w.hope].filter(Boolean).join(' '),
    fill(w.update, values),
    fill(w.ask, values),
    w.out,
    values.offer ? fill(w.offer, values) : w.offerDefault,
    [w.signOff, get('yourName')].filter(Boolean).join('\n'),
  ];
  return { subject: fill(w.subject, values), body: paragraphs.join('\n\n') };
}

export function checkReconnect(message: Message, inputs: Inputs, data: ReconnectData, locale: Locale): CheckResult[] {
  const { subject, body } = message;
  const p = data.phrases;
  const pressure = [
    ...findPhrases(subject, p.pressure).map((m) => ({ ...m, part: 'subject' as const })),
    ...findPhrases(body, p.pressure).map((m) => ({ ...m, part: 'body' as const })),
  ];
  const words = countWords(body, locale);
  return [
    { id: 'subject-silence', pass: hasPhrase(subject, p.silence) },
    { id: 'silence', pass: hasPhrase(body, p.silence) },
    { id: 'personal', pass: hasPhrase(body, p.personal) || keepsAnswer(body, inputs.relation) },
    { id: 'update', pass: hasPhrase(body, p.update) || keepsAnswer(body, inputs.news) },
    { id: 'advice', pass: hasPhrase(body, p.advice) },
    { id: 'pressure', pass: pressure.length === 0, found: pressure },
    { id: 'out', pass: hasPhrase(body, p.out) },
    { id: 'offer', pass: hasPhrase(body, p.offer) },
    { id: 'length', pass: words <= data.maxWords, values: { count: words, limit: data.maxWords } },
  ];
}

export const reconnectBuilder: BuilderSpec<ReconnectData> = {
  id: 'reconnect',
  fields: [
    { name: 'theirName', kind: 'text', required: true, autocomplete: 'off' },
    { name: 'relation', kind: 'textarea' },
    { name: 'years', kind: 'select', options: yearChoices, required: true },
    { name: 'news', kind: 'textarea', required: true },
    { name: 'advice', kind: 'textarea', required: true },
    { name: 'offer', kind: 'text' },
    { name: 'tone', kind: 'radio', options: tones, required: true },
    { name: 'yourName', kind: 'text', required: true, autocomplete: 'name' },
  ],
  defaults: { tone: 'warm' },
  email: true,
  write: writeReconnect,
  check: checkReconnect,
  title: (inputs) => inputs.theirName ?? '',
  subjectLabel: (data) => data.wording.subjectLabel,
};
