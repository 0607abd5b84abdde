/**
 * What the contact-request island asks (contact-request.ts has the rest of the builder: reading
 * the answers, the request and its checks, which the island loads when the draft is written).
 */
import { followRegister, tones } from '../register.ts';
import type { BuilderQuestions } from '../types.ts';
import type { ContactRequestWriter } from './contact-request.ts';
import { platformIds, platforms, platformsCheckedOn } from './platforms.ts';

export const kinds = ['request', 'message'] as const;
export const metChoices = ['yes', 'no'] as const;

const limits = Object.fromEntries(platformIds.map((id) => [id, platforms[id].note?.max ?? 0]));

export const contactRequestQuestions: BuilderQuestions<ContactRequestWriter> = {
  id: 'contact-request',
  fields: [
    {
      name: 'platform',
      kind: 'select',
      options: platformIds,
      required: true,
      facts: { date: platformsCheckedOn, limits },
    },
    { name: 'kind', kind: 'radio', options: kinds, required: true, when: (inputs) => inputs.platform !== 'email' },
    { name: 'met', kind: 'radio', options: metChoices, required: true },
    { name: 'theirName', kind: 'text', required: true, autocomplete: 'off' },
    { name: 'about', kind: 'textarea', required: true, when: (inputs) => inputs.met === 'no' },
    {
      name: 'reason',
      kind: 'textarea',
      required: true,
      variant: (inputs) => (inputs.met === 'yes' ? 'reasonMet' : 'reasonNotMet'),
    },
    { name: 'hope', kind: 'textarea' },
    // Someone who has never met you should learn what you could do for them.
    { name: 'offer', kind: 'textarea', required: (inputs) => inputs.met === 'no' },
    { name: 'tone', kind: 'radio', options: tones, required: true },
    {
      name: 'yourName',
      kind: 'text',
      autocomplete: 'name',
      // A stranger should learn who writes, and an email is signed.
      required: (inputs) => inputs.met === 'no' || inputs.platform === 'email',
    },
  ],
  defaults: { platform: 'linkedin', kind: 'request', tone: 'warm' },
  email: (inputs) => inputs.platform === 'email',
  follow: (before, after, writer) => followRegister('theirName', before, after, writer),
  title: (inputs) => inputs.theirName ?? '',
};
