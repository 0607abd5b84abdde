import { describe, expect, it } from 'vitest';
import { checkContactRequest, contactRequestBuilder, requestLimit, writeContactRequest } from './contact-request.ts';
import { platforms, platformsCheckedOn } from './platforms.ts';
import { contactRequestData } from './locales/index.ts';
import { locales, type Locale } from '../../../i18n/locales.ts';
import { countGraphemes } from '../../../lib/graphemes.ts';
import { asSentence } from '../../../lib/text.ts';
import { missing, type CheckResult, type Inputs } from '../types.ts';
import {
  awkwardText,
  contactAnswers,
  contactExamples,
  ownWordsRequests,
  reasonlessRequests,
  vagueRequests,
} from '../../../../tests/fixtures/builders.ts';
import { examples, greetingTone, readMdx } from '../../../../tests/support/content.ts';

const failing = (results: CheckResult[]) => results.filter((r) => !r.pass).map((r) => r.id);
const check = (locale: Locale, body: string, inputs: Inputs) =>
  checkContactRequest({ subject: '', body }, inputs, contactRequestData[locale], locale);

describe.each(locales)('contact request in %s', (locale) => {
  const writer = contactRequestData[locale];

  for (const situation of ['met', 'notMet'] as const) {
    for (const tone of ['warm', 'formal'] as const) {
      const inputs = contactExamples[locale][situation][tone];

      it(`${situation}, ${tone}: places every sentence the reader typed whole, and checks what the situation needs`, () => {
        const { subject, body } = writeContactRequest(inputs, writer);
        expect(subject).toBe('');
        for (const key of ['about', 'reason', 'hope', 'offer']) {
          if (inputs[key]) expect(body).toContain(asSentence(inputs[key], locale).replace(/^\p{L}/u, ''));
        }
        expect(body).toContain(inputs.theirName);
        expect(body.endsWith(inputs.yourName!)).toBe(true);
        expect(check(locale, body, inputs).map((r) => r.id)).toEqual([
          'length',
          'reason',
          'vague',
          ...(situation === 'notMet' ? ['intro', 'hope', 'offer'] : []),
          // German keeps to the register chosen: du or Sie.
          ...(locale === 'de' ? [`register-${tone}`] : []),
        ]);
      });
    }
  }

  it('flags vague “win-win” phrasing and shows the words', () => {
    const { text, flagged } = vagueRequests[locale];
    const results = check(locale, text, { kind: 'request', met: 'no' });
    expect(failing(results)).toContain('vague');
    expect(results.find((r) => r.id === 'vague')!.found!.map((m) => m.text)).toEqual(flagged);
  });

  it('does not take a vague promise typed as the reason for a reason', () => {
    const { text } = vagueRequests[locale];
    const inputs = { kind: 'request', met: 'yes', reason: text };
    expect(failing(check(locale, reasonlessRequests[locale].replace('\n', ` ${text}\n`), inputs))).toEqual([
      'reason',
      'vague',
    ]);
  });

  it('flags a request that gives no reason', () => {
    const inputs = { ...contactAnswers[locale].met, kind: 'request' };
    expect(failing(check(locale, reasonlessRequests[locale], inputs))).toEqual(['reason']);
  });

  it('keeps text over the limit of a free LinkedIn note, and says by how much', () => {
    const inputs = { ...contactAnswers[locale].notMet, reason: `${awkwardText.emoji} ${awkwardText.long}` };
    const { body } = writeContactRequest(inputs, writer);
    expect(body).toContain(awkwardText.long);
    const length = check(locale, body, inputs).find((r) => r.id === 'length')!;
    expect(length.pass).toBe(false);
    expect(length.values).toEqual({ count: countGraphemes(body), limit: 200 });
  });

  it('counts an emoji or an accented letter once against the limit', () => {
    const inputs = { kind: 'request', met: 'yes' };
    const body = `${'👩🏽‍💻'.repeat(100)}${'e\u0301'.repeat(100)}`;
    expect(check(locale, body, inputs)[0]).toEqual({ id: 'length', pass: true, values: { count: 200, limit: 200 } });
    expect(check(locale, `${body}!`, inputs)[0]!.pass).toBe(false);
  });

  it('accepts requests written in other words', () => {
    const { met, notMet } = ownWordsRequests[locale];
    expect(failing(check(locale, met, { kind: 'request', met: 'yes' }))).toEqual([]);
    const stranger = { kind: 'request', met: 'no', platform: 'linkedin-premium', tone: greetingTone(notMet, writer) };
    expect(failing(check(locale, notMet, stranger))).toEqual([]);
  });

  it('passes the lesson’s own requests to someone met and someone not met', () => {
    const written = examples(readMdx('lessons', locale, 'contact-requests.mdx').body);
    const [met, notMet] = written.slice(-2);
    const inputs = { kind: 'request', platform: 'linkedin-premium' };
    for (const [example, situation] of [
      [met!, 'yes'],
      [notMet!, 'no'],
    ] as const) {
      const tone = greetingTone(example.text, writer);
      expect(failing(check(locale, example.text, { ...inputs, met: situation, tone })), example.label).toEqual([]);
    }
  });

  it('writes a first email with a subject line when the request goes by email', () => {
    const inputs = { ...contactAnswers[locale].notMet, platform: 'email' };
    const { subject, body } = writeContactRequest(inputs, writer);
    expect(subject).not.toBe('');
    expect(body.split('\n\n').length).toBeGreaterThanOrEqual(4);
    expect(check(locale, body, inputs).map((r) => r.id)[0]).toBe('short');
  });
});

describe('contact request composer', () => {
  it('keeps the platforms’ limits as data, checked on a date, with a free LinkedIn account first', () => {
    expect(platformsCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(contactRequestBuilder.defaults.platform).toBe('linkedin');
    expect(requestLimit({})).toEqual({ max: 200, hard: true });
    expect(requestLimit({ platform: 'linkedin-premium' })).toEqual({ max: 300, hard: true });
    expect(requestLimit({ platform: 'xing' })).toEqual(platforms.xing.note);
    expect(requestLimit({ platform: 'other' })).toEqual({ max: 300, hard: false });
    expect(requestLimit({ platform: 'email' })).toBeUndefined();
    expect(requestLimit({ platform: 'linkedin', kind: 'message' })).toBeUndefined();
  });

  it('says a recommended length is only a recommendation', () => {
    const inputs = { platform: 'other', kind: 'request', met: 'yes' };
    const results = check('en', 'x'.repeat(301), inputs);
    expect(results[0]).toEqual({ id: 'recommended', pass: false, values: { count: 301, limit: 300 } });
  });

  it('asks a stranger’s request for who you are, an offer and your name, and only then', () => {
    const stranger = { platform: 'linkedin', kind: 'request', met: 'no', tone: 'warm' };
    expect(missing(contactRequestBuilder.fields, stranger)).toEqual([
      'theirName',
      'about',
      'reason',
      'offer',
      'yourName',
    ]);
    expect(missing(contactRequestBuilder.fields, { ...stranger, met: 'yes' })).toEqual(['theirName', 'reason']);
    expect(missing(contactRequestBuilder.fields, { platform: 'email', met: 'yes', tone: 'warm' })).toEqual([
      'theirName',
      'reason',
      'yourName',
    ]);
    const reason = contactRequestBuilder.fields.find((f) => f.name === 'reason')!;
    expect(reason.variant!({ met: 'no' })).toBe('reasonNotMet');
    expect(reason.variant!({ met: 'yes' })).toBe('reasonMet');
    expect(contactRequestBuilder.fields.find((f) => f.name === 'kind')!.when!({ platform: 'email' })).toBe(false);
  });

  it('writes to a German stranger with “Guten Tag” and “Sie”, and to a German acquaintance as known', () => {
    const formal = writeContactRequest(contactExamples.de.notMet.formal, contactRequestData.de).body;
    expect(formal.startsWith('Guten Tag Herr Dr. Lang,\nich leite')).toBe(true);
    expect(formal).not.toMatch(/\b(du|dir|dein\w*)\b/);
    const known = writeContactRequest(contactExamples.de.met.formal, contactRequestData.de).body;
    expect(known.startsWith('Hallo Frau Berg,')).toBe(true);
  });
});
