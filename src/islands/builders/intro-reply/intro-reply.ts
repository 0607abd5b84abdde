/**
 * The reply to an offered introduction, in the spirit of lesson 1: always grateful; "accept now"
 * says yes and how to meet; "accept later" says yes, names the constraint and proposes a concrete
 * later moment (never "too busy"); "decline" thanks, says honestly that the career is changing
 * (decided, or still being considered), respects the contact's time and promises to keep the
 * introducer posted. Used by the introduction-reply builder and at the end of the intro-decision
 * quiz, which both get the same text from the same writer.
 *
 * The reader gives names, a day or a number of weeks, and whole sentences (when they are free,
 * what stands in the way, why they decline); each locale's writer in `locales/<locale>.ts`
 * composes the reply around them. The questions are in questions.ts (the island carries them); the
 * island loads this module when the reader heads for "Write". Pure: no React, no DOM.
 */
import { isDay } from '../../../lib/days.ts';
import { render } from '../letter.ts';
import { findPhrases, hasPhrase, keepsAnswer } from '../phrases.ts';
import { addressCheck } from '../address.ts';
import { impliedRegister, pick, tones, type RegisterHint, type Tone } from '../register.ts';
import type { BuilderSpec, CheckResult, Inputs, Message, Writer } from '../types.ts';
import {
  changes,
  introReplyQuestions,
  isDecision,
  laterChoices,
  type Change,
  type Decision,
  type LaterChoice,
} from './questions.ts';

export {
  changes,
  decisionFromQuery,
  decisions,
  isDecision,
  laterChoices,
  type Change,
  type Decision,
  type LaterChoice,
} from './questions.ts';

/** What a reply is written from: the quiz's way in, and what the builder's answers become. */
export interface IntroReplyInput {
  /** Who offered the introduction, as you greet them: "James", "Herr Kaiser". */
  introducer: string;
  /** The person offered, as you would name them: "Helen Marsh", "Herr Dr. Berger". */
  contact: string;
  decision: Decision;
  /** The register; by default the one the introducer's name implies (German: Herr, Frau -> Sie). */
  tone?: Tone;
  /**
   * A whole sentence for the decision: when you are free (accept-now), what stands in the way
   * (accept-later), the change you are making (decline). Optional: the reply reads well without.
   */
  detail?: string;
  /** decline: whether the change is decided or still being considered (default: considering). */
  change?: Change;
  /** accept-later: when you will write again: weeks ('2') or 'date' with `laterDate` (default: 2 weeks). */
  later?: LaterChoice;
  laterDate?: string;
  /** Your name, for the signature. */
  name?: string;
}

/** The input read once: trimmed, every choice checked, the later time resolved. */
export interface IntroReplyAnswers {
  introducer: string;
  contact: string;
  decision: Decision;
  tone: Tone;
  detail: string;
  change: Change;
  later: { weeks: number } | { day: string };
  name: string;
}

/** A locale's writer: the JavaScript the island loads for its locale when the reader heads for "Write". */
export type IntroReplyCompose = Writer<IntroReplyAnswers>;

/** A locale's data (what the checks look for, a register hint): the page hands it over. */
export interface IntroReplyChecks extends RegisterHint {
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

export type IntroReplyWriter = IntroReplyCompose & IntroReplyChecks;

export function readIntroReply(input: IntroReplyInput, writer: RegisterHint): IntroReplyAnswers {
  const later = pick(laterChoices, input.later, '2');
  const day = input.laterDate?.trim() ?? '';
  return {
    introducer: input.introducer.trim(),
    contact: input.contact.trim(),
    decision: input.decision,
    tone: input.tone ?? impliedRegister(writer, input.introducer),
    detail: input.detail?.trim() ?? '',
    change: pick(changes, input.change, 'considering'),
    later: later === 'date' && isDay(day) ? { day } : { weeks: Number(later) || 2 },
    name: input.name?.trim() ?? '',
  };
}

/** The reply as plain text, paragraphs separated by a blank line, ready to paste into an email. */
export function writeIntroReply(input: IntroReplyInput, writer: IntroReplyWriter): string {
  return render(writer.compose(readIntroReply(input, writer))).body;
}

/** The builder's answers as the writer's input. */
export function introReplyInput(inputs: Inputs): IntroReplyInput {
  return {
    introducer: inputs.introducer ?? '',
    contact: inputs.contact ?? '',
    decision: isDecision(inputs.decision) ? inputs.decision : 'accept-now',
    tone: pick(tones, inputs.tone, 'warm'),
    detail: inputs.detail ?? '',
    change: pick(changes, inputs.change, 'considering'),
    later: pick(laterChoices, inputs.later, '2'),
    laterDate: inputs.laterDate ?? '',
    name: inputs.name ?? '',
  };
}

export function checkIntroReply(message: Message, inputs: Inputs, writer: IntroReplyWriter): CheckResult[] {
  const { body } = message;
  const p = writer.phrases;
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
    // A weekday in the constraint ("we ship on Friday") is not a time to come back: look elsewhere.
    const rest = detail?.trim() ? body.replace(detail.trim(), '') : body;
    results.push(
      { id: 'constraint', pass: has(p.constraint) || kept(detail) },
      { id: 'concrete', pass: hasPhrase(rest, p.concrete) },
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
  // German: a sentence typed with "du" in a "Sie" reply, or the other way round.
  const names = [inputs.introducer, inputs.contact, inputs.name];
  results.push(...addressCheck(message, pick(tones, inputs.tone, 'warm'), writer, names));
  return results;
}

export const introReplyBuilder: BuilderSpec<IntroReplyWriter> = {
  ...introReplyQuestions,
  write: (inputs, writer) => ({ subject: '', body: writeIntroReply(introReplyInput(inputs), writer) }),
  check: (message, inputs, writer) => checkIntroReply(message, inputs, writer),
};
