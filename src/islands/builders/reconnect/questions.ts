/**
 * What the reconnect island asks (reconnect.ts has the rest of the builder: reading the answers,
 * the email and its checks, which the island loads when the draft is written).
 */
import { followRegister, tones } from '../register.ts';
import type { BuilderQuestions } from '../types.ts';
import type { ReconnectWriter } from './reconnect.ts';

/** Who they were to you: it decides how warm the greeting and the sign-off may be. */
export const relationships = ['manager', 'colleague', 'other'] as const;
export type Relationship = (typeof relationships)[number];

/** How long since you last spoke, in years: the choices offered. */
export const yearChoices = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '12', '15', '20', '25', '30'] as const;

export const reconnectQuestions: BuilderQuestions<ReconnectWriter> = {
  id: 'reconnect',
  fields: [
    { name: 'theirName', kind: 'text', required: true, autocomplete: 'off' },
    { name: 'relationship', kind: 'radio', options: relationships, required: true },
    { name: 'years', kind: 'select', options: yearChoices, required: true },
    { name: 'memory', kind: 'textarea' },
    { name: 'news', kind: 'textarea', required: true },
    { name: 'advice', kind: 'textarea', required: true },
    { name: 'offer', kind: 'textarea' },
    { name: 'tone', kind: 'radio', options: tones, required: true },
    { name: 'yourName', kind: 'text', required: true, autocomplete: 'name' },
  ],
  defaults: { relationship: 'colleague', tone: 'warm' },
  email: true,
  follow: (before, after, writer) => followRegister('theirName', before, after, writer),
  title: (inputs) => inputs.theirName ?? '',
};
