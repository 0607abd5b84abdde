import { describe, expect, it } from 'vitest';
import {
  checkContactRequest,
  contactRequestBuilder,
  kinds,
  requestLimit,
  tones,
  writeContactRequest,
} from './contact-request.ts';
import { contactRequestData } from './locales/index.ts';
import { locales, type Locale } from '../../../i18n/locales.ts';
import { countGraphemes } from '../../../lib/text.ts';
import type { CheckResult, Inputs } from '../types.ts';
import {
  awkwardText,
  contactAnswers,
  ownWordsRequests,
  reasonlessRequests,
  vagueRequests,
} from '../../../../tests/fixtures/builders.ts';
import { examples, readMdx } from '../../../../tests/support/content.ts';

const failing = (results: CheckResult[]) => results.filter((r) => !r.pass).map((r) => r.id);
const check = (locale: Locale, body: string, inputs: Inputs) =>
  checkContactRequest({ subject: '', body }, inputs, contactRequestData[locale], locale);

describe.each(locales)('contact request in %s', (locale) => {
  const data = contactRequestData[locale];

  for (const situation of ['met', 'notMet'] as const) {
    for (const kind of kinds) {
      for (const tone of tones) {
        const inputs: Inputs = { ...contactAnswers[locale][situation], kind, tone };
        const { subject, body } = writeContactRequest(inputs, data);

        it(`${situation}, ${kind}, ${tone}: the default draft passes all of its own checks`, () => {
          const results = check(locale, body, inputs);
          expect(failing(results)).toEqual([]);
          expect(results.map((r) => r.id)).toEqual([
            kind === 'request' ? 'length' : 'short',
            'reason',
            'vague',
            ...(situation === 'notMet' ? ['offer'] : []),
          ]);
        });

        it(`${situation}, ${kind}, ${tone}: names them, says why and what you offer, signs, and fills every blank`, () => {
          expect(subject).toBe('');
          for (const key of ['theirName', 'context', 'offer', 'yourName']) expect(body).toContain(inputs[key]);
          expect(body).not.toMatch(/\{|\}|undefined|\.\.|\s[.,]/);
          if (kind === 'request') expect(countGraphemes(body)).toBeLessThanOrEqual(requestLimit);
          else expect(body.split('\n\n').length).toBeGreaterThanOrEqual(4);
        });
      }
    }
  }

  it('reads well without the optional answers, and then asks a stranger for an offer', () => {
    for (const situation of ['met', 'notMet'] as const) {
      const { offer: _o, yourName: _y, ...inputs } = contactAnswers[locale][situation];
      const { body } = writeContactRequest(inputs, data);
      expect(body).not.toMatch(/\{|\}|undefined|\s[.,]|\n$/);
      expect(failing(check(locale, body, inputs))).toEqual(situation === 'met' ? [] : ['offer']);
    }
  });

  it('flags vague “win-win” phrasing and shows the words', () => {
    const { text, flagged } = vagueRequests[locale];
    const results = check(locale, text, { kind: 'request', met: 'no' });
    expect(failing(results)).toContain('vague');
    expect(results.find((r) => r.id === 'vague')!.found!.map((m) => m.text)).toEqual(flagged);
  });

  it('does not take a vague promise typed as the reason for a reason', () => {
    const { text } = vagueRequests[locale];
    const inputs = { kind: 'request', met: 'yes', context: text };
    expect(failing(check(locale, reasonlessRequests[locale].replace('\n', ` ${text}\n`), inputs))).toEqual([
      'reason',
      'vague',
    ]);
  });

  it('flags a request that gives no reason', () => {
    const inputs = { ...contactAnswers[locale].met, kind: 'request' };
    expect(failing(check(locale, reasonlessRequests[locale], inputs))).toEqual(['reason']);
  });

  it('keeps text over the limit, and says by how much', () => {
    const inputs = { ...contactAnswers[locale].notMet, context: `${awkwardText.emoji} ${awkwardText.long}` };
    const { body } = writeContactRequest(inputs, data);
    expect(body).toContain(awkwardText.long.slice(0, -1));
    const length = check(locale, body, inputs).find((r) => r.id === 'length')!;
    expect(length.pass).toBe(false);
    expect(length.values).toEqual({ count: countGraphemes(body), limit: 300 });
  });

  it('counts an emoji or an accented letter once against the limit', () => {
    const inputs = { kind: 'request', met: 'yes' };
    const body = `${'👩🏽‍💻'.repeat(150)}${'e\u0301'.repeat(150)}`;
    expect(check(locale, body, inputs)[0]).toEqual({ id: 'length', pass: true, values: { count: 300, limit: 300 } });
    expect(check(locale, `${body}!`, inputs)[0]!.pass).toBe(false);
  });

  it('accepts requests written in other words', () => {
    const { met, notMet } = ownWordsRequests[locale];
    expect(failing(check(locale, met, { kind: 'request', met: 'yes' }))).toEqual([]);
    expect(failing(check(locale, notMet, { kind: 'request', met: 'no' }))).toEqual([]);
  });

  it('passes the lesson’s own requests to someone met and someone not met', () => {
    const written = examples(readMdx('lessons', locale, 'contact-requests.mdx').body);
    const [met, notMet] = written.slice(-2);
    expect(failing(check(locale, met!.text, { kind: 'request', met: 'yes' })), met!.label).toEqual([]);
    expect(failing(check(locale, notMet!.text, { kind: 'request', met: 'no' })), notMet!.label).toEqual([]);
  });
});

describe('contact request composer', () => {
  it('asks whether you have met and why, and limits only the request', () => {
    expect(contactRequestBuilder.fields.filter((f) => f.required).map((f) => f.name)).toEqual([
      'kind',
      'met',
      'theirName',
      'context',
      'tone',
    ]);
    expect(contactRequestBuilder.limit!({ kind: 'request' })).toBe(300);
    expect(contactRequestBuilder.limit!({ kind: 'message' })).toBeUndefined();
    const context = contactRequestBuilder.fields.find((f) => f.name === 'context')!;
    expect(context.variant!({ met: 'no' })).toBe('contextNotMet');
    expect(context.variant!({ met: 'yes' })).toBe('context');
  });

  it('writes the German request to a stranger with “Sie” in the formal tone', () => {
    const { body } = writeContactRequest({ ...contactAnswers.de.notMet, tone: 'formal' }, contactRequestData.de);
    expect(body).toMatch(/\bIhnen\b/);
    expect(body).not.toMatch(/\b(du|dir|dein\w*)\b/);
  });
});
