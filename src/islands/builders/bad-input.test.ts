/**
 * Whatever the reader types is kept and shown as text: markup, a script tag, emoji, right-to-left
 * text, 5,000 characters and `{name}`-style placeholders come back exactly as typed (a sentence
 * gains at most a capital and a full stop), never expanded or executed. Only spaces count as no
 * answer: the builder says, in the reader's language, what is missing, and changes nothing typed.
 */
import { describe, expect, it } from 'vitest';
import { dictionaries, locales, type Locale } from '../../i18n/index.ts';
import { missing, type BuilderSpec, type Inputs } from './types.ts';
import { islandStrings } from './page.ts';
import { reconnectBuilder } from './reconnect/reconnect.ts';
import { reconnectData } from './reconnect/locales/index.ts';
import { contactRequestBuilder } from './contact-request/contact-request.ts';
import { contactRequestData } from './contact-request/locales/index.ts';
import { introReplyBuilder } from './intro-reply/intro-reply.ts';
import { introReplyData } from './intro-reply/locales/index.ts';
import {
  awkwardText,
  contactExamples,
  introDetails,
  introExamples,
  reconnectExamples,
} from '../../../tests/fixtures/builders.ts';
import type { BuilderId } from './registry.ts';

const builders: Array<{
  id: BuilderId;
  spec: BuilderSpec<any>;
  data: Record<Locale, any>;
  example: (l: Locale) => Inputs;
}> = [
  { id: 'reconnect', spec: reconnectBuilder, data: reconnectData, example: (l) => reconnectExamples[l].warm },
  {
    id: 'contact-request',
    spec: contactRequestBuilder,
    data: contactRequestData,
    example: (l) => ({ ...contactExamples[l].notMet.warm, platform: 'linkedin', kind: 'message' }),
  },
  {
    id: 'intro-reply',
    spec: introReplyBuilder,
    data: introReplyData,
    example: (l) => ({ ...introExamples[l].warm, decision: 'decline', detail: introDetails[l].decline }),
  },
];

/** The text fields a reader types into, for these answers. */
const typedFields = (spec: BuilderSpec<unknown>, inputs: Inputs) =>
  spec.fields
    .filter((f) => (f.kind === 'text' || f.kind === 'textarea') && (!f.when || f.when(inputs)))
    .map((f) => f.name);

const awkward = [
  awkwardText.markup,
  '<script>alert("x")</script>',
  awkwardText.emoji,
  awkwardText.rtl,
  '{name} {Years} {contact} {{offer}}',
  '5000:' + 'x'.repeat(4995),
];

describe.each(locales)('bad input in %s', (locale) => {
  for (const { id, spec, data, example } of builders) {
    it(`${id}: keeps markup, script, emoji, right-to-left, placeholders and 5,000 characters exactly as typed`, () => {
      const base = example(locale);
      for (const text of awkward) {
        for (const field of typedFields(spec, base)) {
          const inputs = { ...base, [field]: text };
          const before = structuredClone(inputs);
          const { subject, body } = spec.write(inputs, data[locale]);
          expect(`${subject}\n${body}`, `${field}: ${text.slice(0, 20)}`).toContain(text.slice(0, 4000));
          expect(inputs).toEqual(before);
        }
      }
      // A placeholder typed by the reader is theirs: never filled with another answer.
      const { body } = spec.write({ ...base, [typedFields(spec, base)[1]!]: '{theirName} {name}' }, data[locale]);
      expect(body).toContain('{theirName} {name}');
    });

    it(`${id}: counts only spaces as no answer and says what is missing in the reader’s language`, () => {
      const base = example(locale);
      const required = spec.fields.filter((f) => f.required && (f.kind === 'text' || f.kind === 'textarea'));
      const blanked = Object.fromEntries(
        Object.entries(base).map(([k, v]) => [k, required.some((f) => f.name === k) ? '  \n ' : v]),
      );
      const empty = missing(spec.fields, blanked);
      expect(empty.length).toBeGreaterThan(0);
      const strings = islandStrings(locale, id, spec);
      for (const name of empty) {
        const field = spec.fields.find((f) => f.name === name)!;
        const error = strings.fields[field.variant?.(blanked) ?? name]?.error;
        expect(error, name).toBeTruthy();
        if (locale !== 'en')
          expect(error).not.toBe(islandStrings('en', id, spec).fields[field.variant?.(blanked) ?? name]?.error);
      }
      expect(blanked).toEqual(Object.fromEntries(Object.entries(blanked)));
      expect(dictionaries[locale].builders.common.errorTitle).toBeTruthy();
    });
  }
});
