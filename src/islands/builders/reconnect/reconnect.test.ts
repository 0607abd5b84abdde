import { describe, expect, it } from 'vitest';
import { checkReconnect, reconnectBuilder, tones, writeReconnect, yearChoices } from './reconnect.ts';
import { reconnectData } from './locales/index.ts';
import { locales, type Locale } from '../../../i18n/locales.ts';
import type { CheckResult, Inputs, Message } from '../types.ts';
import {
  awkwardText,
  ownWordsEmails,
  pressureSentences,
  reconnectAnswers,
} from '../../../../tests/fixtures/builders.ts';
import { examples, readMdx } from '../../../../tests/support/content.ts';

const failing = (results: CheckResult[]) => results.filter((r) => !r.pass).map((r) => r.id);
const check = (locale: Locale, message: Message, inputs: Inputs = reconnectAnswers[locale]) =>
  checkReconnect(message, inputs, reconnectData[locale], locale);

describe.each(locales)('reconnection email in %s', (locale) => {
  const data = reconnectData[locale];
  const answers = reconnectAnswers[locale];

  for (const tone of tones) {
    const inputs: Inputs = { ...answers, tone };
    const draft = writeReconnect(inputs, data);

    it(`${tone}: the default draft passes all of its own checks`, () => {
      expect(failing(check(locale, draft, inputs))).toEqual([]);
    });

    it(`${tone}: follows the five moves in order, with every answer in it and nothing left unfilled`, () => {
      const w = data.wording.tones[tone];
      const paragraphs = draft.body.split('\n\n');
      expect(paragraphs[0]).toBe(w.greeting.replace('{name}', inputs.theirName!));
      expect(paragraphs[1]).toContain(inputs.relation);
      expect(paragraphs[2]).toContain(inputs.news);
      expect(paragraphs[3]).toContain(inputs.advice);
      expect(paragraphs[4]).toBe(w.out);
      expect(paragraphs[5]).toContain(inputs.offer);
      expect(draft.body.endsWith(`${w.signOff}\n${inputs.yourName}`)).toBe(true);
      expect(`${draft.subject}\n${draft.body}`).not.toMatch(/\{|\}|undefined|\.\.|\s[.,]/);
    });

    it(`${tone}: with only the required answers, still passes every check`, () => {
      const { relation: _r, offer: _o, ...required } = inputs;
      const minimal = writeReconnect(required, data);
      expect(failing(check(locale, minimal, required))).toEqual([]);
      expect(minimal.body).toContain(data.wording.tones[tone].offerDefault);
    });

    it(`${tone}: removing the out is flagged`, () => {
      const edited = { ...draft, body: draft.body.replace(`${data.wording.tones[tone].out}\n\n`, '') };
      expect(edited.body).not.toBe(draft.body);
      expect(failing(check(locale, edited, inputs))).toEqual(['out']);
    });

    it(`${tone}: removing the offer of help is flagged`, () => {
      const offer = draft.body.split('\n\n')[5]!;
      const edited = { ...draft, body: draft.body.replace(`${offer}\n\n`, '') };
      expect(failing(check(locale, edited, inputs))).toEqual(['offer']);
    });

    it(`${tone}: removing the update is flagged`, () => {
      const update = draft.body.split('\n\n')[2]!;
      const edited = { ...draft, body: draft.body.replace(`${update}\n\n`, '') };
      expect(failing(check(locale, edited, inputs))).toEqual(['update']);
    });

    it(`${tone}: a subject that does not name the silence is flagged`, () => {
      expect(failing(check(locale, { ...draft, subject: inputs.advice! }, inputs))).toEqual(['subject-silence']);
      expect(failing(check(locale, { ...draft, subject: '' }, inputs))).toEqual(['subject-silence']);
    });
  }

  it('adding a desperate or pushy sentence is flagged, and the words that did it are found', () => {
    const draft = writeReconnect(answers, data);
    const { text, flagged } = pressureSentences[locale];
    const edited = { ...draft, body: draft.body.replace('\n\n', `\n\n${text} `) };
    const results = check(locale, edited);
    expect(failing(results)).toEqual(['pressure']);
    const pressure = results.find((r) => r.id === 'pressure')!;
    expect(pressure.found!.map((m) => m.text)).toEqual(flagged);
    for (const m of pressure.found!) expect(edited.body.normalize('NFC').slice(m.start, m.end)).toBe(m.text);
  });

  it('flags pressure in the subject line too', () => {
    const draft = writeReconnect(answers, data);
    const word = pressureSentences[locale].flagged[0]!;
    const results = check(locale, { ...draft, subject: `${draft.subject} – ${word}` });
    expect(results.find((r) => r.id === 'pressure')!.found).toEqual([
      expect.objectContaining({ part: 'subject', text: word }),
    ]);
  });

  it('flags an email too long to read on a phone, and says how long it is', () => {
    const draft = writeReconnect({ ...answers, news: `${answers.news} `.repeat(12) }, data);
    const length = check(locale, draft).find((r) => r.id === 'length')!;
    expect(length.pass).toBe(false);
    expect(length.values!.count).toBeGreaterThan(data.maxWords);
    expect(length.values!.limit).toBe(data.maxWords);
  });

  it('writes every choice of years as words or digits, never a placeholder', () => {
    for (const years of yearChoices) {
      const { subject, body } = writeReconnect({ ...answers, years }, data);
      expect(`${subject} ${body}`).not.toMatch(/\{|\}|undefined|NaN/);
      expect(failing(check(locale, { subject, body })).filter((id) => id.includes('silence'))).toEqual([]);
    }
  });

  it('keeps markup, emoji, right-to-left and very long text exactly as typed', () => {
    const inputs = {
      ...answers,
      theirName: awkwardText.markup,
      news: awkwardText.emoji,
      advice: awkwardText.rtl,
      offer: awkwardText.long,
    };
    const { body } = writeReconnect(inputs, data);
    for (const value of [awkwardText.markup, awkwardText.emoji, awkwardText.rtl]) expect(body).toContain(value);
    expect(body).toContain(awkwardText.long.slice(0, -1));
  });

  it('recognises the five moves in an email written in other words, and misses them in a bare, pushy note', () => {
    const split = (text: string) => {
      const [subject, ...rest] = text.split('\n\n');
      return { subject: subject!, body: rest.join('\n\n') };
    };
    const { good, bad } = ownWordsEmails[locale];
    expect(failing(check(locale, split(good), {}))).toEqual([]);
    expect(failing(check(locale, split(bad), {}))).toEqual([
      'subject-silence',
      'silence',
      'personal',
      'update',
      'advice',
      'pressure',
      'out',
      'offer',
    ]);
  });

  it('passes the lesson’s own example emails, which a human editor wrote', () => {
    const { body } = readMdx('lessons', locale, 'reconnecting.mdx');
    const emails = examples(body);
    expect(emails.length).toBeGreaterThanOrEqual(2);
    for (const { label, text } of emails) {
      const [first, ...rest] = text.split('\n\n');
      const subject = first!.slice(first!.indexOf(':') + 1).trim();
      expect(first!.startsWith(`${data.wording.subjectLabel}:`), label).toBe(true);
      expect(failing(check(locale, { subject, body: rest.join('\n\n') }, {})), label).toEqual([]);
    }
  });
});

describe('reconnection builder', () => {
  it('asks for the answers the email needs, with the warm tone first', () => {
    expect(reconnectBuilder.fields.filter((f) => f.required).map((f) => f.name)).toEqual([
      'theirName',
      'years',
      'news',
      'advice',
      'tone',
      'yourName',
    ]);
    expect(reconnectBuilder.defaults).toEqual({ tone: 'warm' });
    expect(reconnectBuilder.title({ theirName: 'Raj' })).toBe('Raj');
  });

  it('writes German formal email with “Sie” and the warm one with “du”', () => {
    const formal = writeReconnect({ ...reconnectAnswers.de, tone: 'formal' }, reconnectData.de).body;
    const warm = writeReconnect({ ...reconnectAnswers.de, tone: 'warm' }, reconnectData.de).body;
    expect(formal).toMatch(/\bIhnen\b|\bSie\b/);
    expect(formal).not.toMatch(/\b(du|dir|dein\w*)\b/);
    expect(warm).toMatch(/\b(du|dir|dein\w*)\b/);
    expect(warm.replace(reconnectAnswers.de.relation!, '')).not.toMatch(/\b(Ihnen|Ihr\w*)\b/);
  });
});
