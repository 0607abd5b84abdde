/**
 * The contact request of lesson 4: say why you want to connect (where you met, or what brought
 * you to them), what you could offer, in at most 300 characters as the reader counts them. The
 * second variant is the personal message the lesson often recommends first, with no length cap
 * but still short. Vague "win-win" phrasing is flagged; a missing reason too.
 * The language lives in `locales/<locale>.ts`, passed in as `data`. Pure: no React, no DOM.
 */
import type { Locale } from '../../../i18n/locales.ts';
import { countWords } from '../../../lib/reading-time.ts';
import { counter, fill } from '../message.ts';
import { findPhrases, hasPhrase, keepsAnswer } from '../phrases.ts';
import type { BuilderSpec, CheckResult, Inputs, Message } from '../types.ts';

/** What a contact request's note may hold, in characters as the reader counts them. */
export const requestLimit = 300;

export const kinds = ['request', 'message'] as const;
export const metChoices = ['yes', 'no'] as const;
export const tones = ['warm', 'formal'] as const;
type Tone = (typeof tones)[number];

/**
 * One tone's wording. Placeholders: {name}, {context}, {offer}. `met` and `notMet` open the
 * request right after the greeting; `…Offer` variants are used when the reader said what they
 * could offer. The message variant is built from paragraphs.
 */
export interface ContactToneWording {
  greeting: string;
  request: { met: string; metOffer: string; notMet: string; notMetOffer: string };
  message: {
    greeting: string;
    met: string;
    notMet: string;
    /** What you hope for: to hear more, to stay in touch. */
    hope: string;
    offer: string;
    /** Connecting on the network can follow, with an easy no. */
    later: string;
    signOff: string;
  };
}

export interface ContactRequestData {
  wording: Record<Tone, ContactToneWording>;
  phrases: {
    /** A reason to connect: where you met, what you read or heard, why them. */
    reason: string[];
    /** Vague promises: win-win, synergies, growing networks. Flagged and highlighted. */
    vague: string[];
    /** An offer in return. */
    offer: string[];
  };
  /** Words a first personal message should stay under. */
  messageMaxWords: number;
}

export function writeContactRequest(inputs: Inputs, data: ContactRequestData): Message {
  const w = data.wording[inputs.tone === 'formal' ? 'formal' : 'warm'];
  const get = (key: string) => (inputs[key] ?? '').trim().replace(/[.!]$/, '');
  const values = { name: get('theirName'), context: get('context'), offer: get('offer') };
  const met = inputs.met === 'yes';
  const yourName = (inputs.yourName ?? '').trim();
  if (inputs.kind === 'message') {
    const m = w.message;
    const paragraphs = [
      fill(m.greeting, values),
      fill(met ? m.met : m.notMet, values),
      values.offer ? `${m.hope} ${fill(m.offer, values)}` : m.hope,
      m.later,
      [m.signOff, yourName].filter(Boolean).join('\n'),
    ];
    return { subject: '', body: paragraphs.join('\n\n') };
  }
  const key = `${met ? 'met' : 'notMet'}${values.offer ? 'Offer' : ''}` as keyof ContactToneWording['request'];
  const text = `${fill(w.greeting, values)} ${fill(w.request[key], values)}`;
  return { subject: '', body: yourName ? `${text}\n${yourName}` : text };
}

export function checkContactRequest(
  message: Message,
  inputs: Inputs,
  data: ContactRequestData,
  locale: Locale,
): CheckResult[] {
  const { body } = message;
  const p = data.phrases;
  const vague = findPhrases(body, p.vague).map((m) => ({ ...m, part: 'body' as const }));
  // The reader's own words count as a reason or an offer, unless they are the vague promise itself.
  const kept = (answer: string | undefined) => keepsAnswer(body, answer) && !hasPhrase(answer ?? '', p.vague);
  const results: CheckResult[] = [];
  if (inputs.kind === 'message') {
    const words = countWords(body, locale);
    results.push({
      id: 'short',
      pass: words <= data.messageMaxWords,
      values: { count: words, limit: data.messageMaxWords },
    });
  } else {
    const { count } = counter(body, requestLimit, locale);
    results.push({ id: 'length', pass: count <= requestLimit, values: { count, limit: requestLimit } });
  }
  results.push(
    { id: 'reason', pass: hasPhrase(body, p.reason) || kept(inputs.context) },
    { id: 'vague', pass: vague.length === 0, found: vague },
  );
  // A stranger should learn what they might get back; someone you met already knows you.
  if (inputs.met !== 'yes') results.push({ id: 'offer', pass: hasPhrase(body, p.offer) || kept(inputs.offer) });
  return results;
}

export const contactRequestBuilder: BuilderSpec<ContactRequestData> = {
  id: 'contact-request',
  fields: [
    { name: 'kind', kind: 'radio', options: kinds, required: true },
    { name: 'met', kind: 'radio', options: metChoices, required: true },
    { name: 'theirName', kind: 'text', required: true, autocomplete: 'off' },
    {
      name: 'context',
      kind: 'textarea',
      required: true,
      variant: (inputs) => (inputs.met === 'no' ? 'contextNotMet' : 'context'),
    },
    { name: 'offer', kind: 'text' },
    { name: 'tone', kind: 'radio', options: tones, required: true },
    { name: 'yourName', kind: 'text', autocomplete: 'name' },
  ],
  defaults: { kind: 'request', tone: 'warm' },
  email: false,
  limit: (inputs) => (inputs.kind === 'message' ? undefined : requestLimit),
  write: writeContactRequest,
  check: checkContactRequest,
  title: (inputs) => inputs.theirName ?? '',
};
