/**
 * What the intro-reply island asks (intro-reply.ts has the rest of the builder: reading the
 * answers, the reply and its checks, which the island loads when the draft is written), and the
 * decision a link may ask for.
 */
import { followRegister, tones } from '../register.ts';
import type { BuilderQuestions } from '../types.ts';
import type { IntroReplyWriter } from './intro-reply.ts';

export const decisions = ['accept-now', 'accept-later', 'decline'] as const;
export type Decision = (typeof decisions)[number];

/** Whether a career change is settled or still being weighed: the decline says which. */
export const changes = ['considering', 'decided'] as const;
export type Change = (typeof changes)[number];

/** When to write again: in so many weeks, or on a day the reader picks. */
export const laterChoices = ['1', '2', '3', '4', '6', '8', 'date'] as const;
export type LaterChoice = (typeof laterChoices)[number];

/** A value that names one of the three decisions (e.g. from the quiz's link). */
export function isDecision(value: unknown): value is Decision {
  return (decisions as readonly unknown[]).includes(value);
}

/** The decision a link asks for, e.g. `?decision=accept-later` from the intro-decision quiz. */
export function decisionFromQuery(search: string): Decision | undefined {
  const value = new URLSearchParams(search).get('decision');
  return isDecision(value) ? value : undefined;
}

/** Which strings label the "detail" answer: it asks something different for each decision. */
const detailLabels: Record<Decision, string> = {
  'accept-now': 'detailNow',
  'accept-later': 'detailLater',
  decline: 'detailDecline',
};

export const introReplyQuestions: BuilderQuestions<IntroReplyWriter> = {
  id: 'intro-reply',
  fields: [
    { name: 'introducer', kind: 'text', required: true, autocomplete: 'off' },
    { name: 'contact', kind: 'text', required: true, autocomplete: 'off' },
    { name: 'tone', kind: 'radio', options: tones, required: true },
    { name: 'decision', kind: 'radio', options: decisions, required: true },
    {
      name: 'detail',
      kind: 'textarea',
      // Postponing without naming what is in the way sounds like "too busy" (lesson 1).
      required: (inputs) => inputs.decision === 'accept-later',
      variant: (inputs) => detailLabels[isDecision(inputs.decision) ? inputs.decision : 'accept-now'],
    },
    {
      name: 'change',
      kind: 'radio',
      options: changes,
      required: true,
      when: (inputs) => inputs.decision === 'decline',
    },
    {
      name: 'later',
      kind: 'select',
      options: laterChoices,
      required: true,
      when: (inputs) => inputs.decision === 'accept-later',
    },
    {
      name: 'laterDate',
      kind: 'date',
      required: true,
      when: (inputs) => inputs.decision === 'accept-later' && inputs.later === 'date',
    },
    { name: 'name', kind: 'text', autocomplete: 'name' },
  ],
  defaults: { tone: 'warm', change: 'considering', later: '2' },
  email: false,
  follow: (before, after, writer) => followRegister('introducer', before, after, writer),
  title: (inputs) => inputs.introducer ?? '',
};
