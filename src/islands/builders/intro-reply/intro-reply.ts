/**
 * The reply to an offered introduction, in the spirit of lesson 1: always grateful; "accept now"
 * says yes and offers times; "accept later" says yes, names the constraint and proposes a concrete
 * later moment (never "too busy"); "decline" thanks, names the career change, respects the
 * contact's time and promises to keep the introducer posted. Used by the introduction-reply
 * builder and at the end of the intro-decision quiz. Pure: no React, no DOM.
 *
 * The wording of each language is data in `locales/<locale>.ts`. `introReply(locale, input)` reads
 * it for you (the quiz's way in); the builder passes one locale's data to `writeIntroReply`, so its
 * JavaScript carries no wording at all.
 */
import type { Locale } from '../../../i18n/locales.ts';
import { fill, sentence } from '../message.ts';
import { findPhrases, hasPhrase, keepsAnswer } from '../phrases.ts';
import type { BuilderSpec, CheckResult, Inputs, Message } from '../types.ts';
import { introReplyWording } from './locales/index.ts';

export const decisions = ['accept-now', 'accept-later', 'decline'] as const;
export type Decision = (typeof decisions)[number];

export interface IntroReplyInput {
  /** Who offered the introduction, e.g. "James". */
  introducer: string;
  /** The person offered, e.g. "Helen Marsh". */
  contact: string;
  decision: Decision;
  /**
   * accept-now: when you are free ("Tuesday or Thursday afternoon"); accept-later: the constraint
   * ("I fly to a client workshop tomorrow and we ship a release on Friday"); decline: the reason
   * ("I am moving from software into teaching"). Optional: the reply reads well without it.
   */
  detail?: string;
  /** accept-later only: when you will write again ("in two weeks"). */
  later?: string;
  /** Your name, for the signature. */
  name?: string;
}

/**
 * One language's reply. Placeholders: {introducer}, {contact}; {when} (the reader's free times, as
 * typed), {constraint} and {reason} (the reader's words ended as a sentence), {later}.
 */
export interface IntroReplyWording {
  greeting: string;
  thanks: string;
  acceptNow: string;
  free: string;
  freeDefault: string;
  acceptLater: string;
  constraint: string;
  constraintDefault: string;
  propose: string;
  laterDefault: string;
  decline: string;
  reason: string;
  reasonDefault: string;
  respect: string;
  posted: string;
  signOff: Record<Decision, string>;
  /** German starts a whole sentence after a colon with a capital; the others keep the reader's case. */
  capitalAfterColon?: boolean;
}

export interface IntroReplyData {
  wording: IntroReplyWording;
  /** Phrase lists for the checks, in the syntax of ../phrases.ts. */
  phrases: {
    thanks: string[];
    /** "Too busy" and vague postponements: flagged and highlighted. */
    busy: string[];
    availability: string[];
    constraint: string[];
    /** A concrete later moment: a weekday, a date, "in two weeks". */
    concrete: string[];
    reason: string[];
    /** Respect for the contact's time. */
    respect: string[];
    posted: string[];
  };
}

export function isDecision(value: unknown): value is Decision {
  return (decisions as readonly unknown[]).includes(value);
}

/** The reply as plain text, paragraphs separated by a blank line, with the given wording. */
export function writeIntroReply(input: IntroReplyInput, w: IntroReplyWording): string {
  const detail = input.detail?.trim() ?? '';
  const afterColon = w.capitalAfterColon ? detail.charAt(0).toLocaleUpperCase('de') + detail.slice(1) : detail;
  const values = {
    introducer: input.introducer.trim(),
    contact: input.contact.trim(),
    when: detail,
    constraint: sentence(afterColon),
    reason: sentence(afterColon),
    later: input.later?.trim() || w.laterDefault,
  };
  const f = (template: string) => fill(template, values);
  const paragraphs = [f(w.greeting)];
  if (input.decision === 'accept-now') {
    paragraphs.push(`${f(w.thanks)} ${f(w.acceptNow)}`, detail ? f(w.free) : w.freeDefault);
  } else if (input.decision === 'accept-later') {
    paragraphs.push(
      `${f(w.thanks)} ${f(w.acceptLater)}`,
      `${detail ? f(w.constraint) : w.constraintDefault} ${f(w.propose)}`,
    );
  } else {
    paragraphs.push(
      `${f(w.thanks)} ${f(w.decline)}`,
      `${detail ? f(w.reason) : w.reasonDefault} ${f(w.respect)}`,
      w.posted,
    );
  }
  const name = input.name?.trim();
  paragraphs.push(name ? `${w.signOff[input.decision]}\n${name}` : w.signOff[input.decision]);
  return paragraphs.join('\n\n');
}

/** The reply as plain text, paragraphs separated by a blank line, ready to paste into an email. */
export function introReply(locale: Locale, input: IntroReplyInput): string {
  return writeIntroReply(input, introReplyWording[locale]);
}

/** The decision a link asks for, e.g. `?decision=accept-later` from the intro-decision quiz. */
export function decisionFromQuery(search: string): Decision | undefined {
  const value = new URLSearchParams(search).get('decision');
  return isDecision(value) ? value : undefined;
}

export function checkIntroReply(message: Message, inputs: Inputs, data: IntroReplyData): CheckResult[] {
  const { body } = message;
  const p = data.phrases;
  const busy = findPhrases(body, p.busy).map((m) => ({ ...m, part: 'body' as const }));
  const has = (list: string[]) => hasPhrase(body, list);
  const results: CheckResult[] = [
    { id: 'thanks', pass: has(p.thanks) },
    { id: 'busy', pass: busy.length === 0, found: busy },
  ];
  const detail = inputs.detail;
  // The reader's own words count, unless they are themselves the brush-off ("swamped", "maybe later").
  const kept = (answer: string | undefined) => keepsAnswer(body, answer) && !hasPhrase(answer ?? '', p.busy);
  if (inputs.decision === 'accept-later') {
    results.push(
      { id: 'constraint', pass: has(p.constraint) || kept(detail) },
      { id: 'concrete', pass: has(p.concrete) || kept(inputs.later) },
    );
  } else if (inputs.decision === 'decline') {
    results.push(
      { id: 'reason', pass: has(p.reason) || keepsAnswer(body, detail) },
      { id: 'respect', pass: has(p.respect) },
      { id: 'posted', pass: has(p.posted) },
    );
  } else {
    results.push({ id: 'availability', pass: has(p.availability) || keepsAnswer(body, detail) });
  }
  return results;
}

/** Which strings label the "detail" answer: it asks something different for each decision. */
const detailLabels: Record<Decision, string> = {
  'accept-now': 'detailNow',
  'accept-later': 'detailLater',
  decline: 'detailDecline',
};

export const introReplyBuilder: BuilderSpec<IntroReplyData> = {
  id: 'intro-reply',
  fields: [
    { name: 'introducer', kind: 'text', required: true, autocomplete: 'off' },
    { name: 'contact', kind: 'text', required: true, autocomplete: 'off' },
    { name: 'decision', kind: 'radio', options: decisions, required: true },
    {
      name: 'detail',
      kind: 'textarea',
      variant: (inputs) => detailLabels[isDecision(inputs.decision) ? inputs.decision : 'accept-now'],
    },
    { name: 'later', kind: 'text', when: (inputs) => inputs.decision === 'accept-later' },
    { name: 'name', kind: 'text', autocomplete: 'name' },
  ],
  defaults: {},
  email: false,
  write: (inputs, data) => ({
    subject: '',
    body: writeIntroReply(
      {
        introducer: inputs.introducer ?? '',
        contact: inputs.contact ?? '',
        decision: isDecision(inputs.decision) ? inputs.decision : 'accept-now',
        ...(inputs.detail ? { detail: inputs.detail } : {}),
        ...(inputs.later ? { later: inputs.later } : {}),
        ...(inputs.name ? { name: inputs.name } : {}),
      },
      data.wording,
    ),
  }),
  check: (message, inputs, data) => checkIntroReply(message, inputs, data),
  title: (inputs) => inputs.introducer ?? '',
};
