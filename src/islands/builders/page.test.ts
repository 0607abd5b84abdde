import { describe, expect, it } from 'vitest';
import { islandStrings, lessonExamples } from './page.ts';
import { reconnect } from './reconnect/reconnect.ts';
import { introReplyBuilder } from './intro-reply/intro-reply.ts';
import { contactRequest } from './contact-request/contact-request.ts';
import { reconnectData } from './reconnect/locales/index.ts';
import { contactData } from './contact-request/locales/index.ts';
import { introReplyData } from './intro-reply/locales/index.ts';
import { locales } from '../../i18n/locales.ts';
import { examples, readMdx } from '../../../tests/support/content.ts';

describe('builder page data', () => {
  it('spells out every year choice in the reader’s language', () => {
    expect(islandStrings('en', 'reconnect', reconnect).fields.years!.options).toMatchObject({
      '1': 'About a year',
      '4': 'About 4 years',
      '30': 'About 30 years',
    });
    expect(islandStrings('de', 'reconnect', reconnect).fields.years!.options!['1']).toBe('Etwa ein Jahr');
    expect(islandStrings('fi', 'reconnect', reconnect).fields.years!.options!['6']).toBe('Noin 6 vuotta');
  });

  it('hands the island only its own builder’s strings, with the subject label when given', () => {
    const strings = islandStrings('sv', 'introReply', introReplyBuilder);
    expect(Object.keys(strings).sort()).toEqual(['body', 'checks', 'common', 'copyBody', 'fields']);
    expect(strings.fields.decision!.options!['accept-later']).toBe('Tacka ja och föreslå en senare tidpunkt');
    expect(islandStrings('de', 'reconnect', reconnect, 'Betreff').subjectLabel).toBe('Betreff');
  });

  it('has a string for every field and check of every builder', () => {
    const data = { reconnect: reconnectData, contactRequest: contactData, introReply: introReplyData };
    const situations = [
      ...['accept-now', 'accept-later', 'decline'].map((decision) => ({ decision })),
      ...['request', 'message'].flatMap((kind) => ['yes', 'no'].map((met) => ({ kind, met }))),
    ];
    for (const locale of locales) {
      for (const [key, spec] of [
        ['reconnect', reconnect],
        ['contactRequest', contactRequest],
        ['introReply', introReplyBuilder],
      ] as const) {
        const strings = islandStrings(locale, key, spec as typeof reconnect);
        for (const field of spec.fields) {
          const names = new Set(field.variant ? situations.map((inputs) => field.variant!(inputs)) : [field.name]);
          for (const name of names) {
            expect(strings.fields[name]?.label, `${locale} ${key} ${name}`).toBeTruthy();
            if (field.required) expect(strings.fields[name]?.error, `${locale} ${key} ${name}`).toBeTruthy();
            for (const option of field.options ?? [])
              expect(strings.fields[name]?.options?.[option], `${locale} ${key} ${name}.${option}`).toBeTruthy();
          }
        }
        const ids = new Set(
          situations.flatMap((inputs) =>
            (spec as typeof reconnect)
              .check({ subject: '', body: '' }, inputs, data[key][locale] as never, locale)
              .map((r) => r.id),
          ),
        );
        expect([...ids].sort(), `${locale} ${key}`).toEqual(Object.keys(strings.checks).sort());
      }
    }
  });

  it('reads the lesson’s example messages as the lesson shows them', () => {
    for (const locale of locales) {
      const { body } = readMdx('lessons', locale, 'reconnecting.mdx');
      expect(lessonExamples(body).map((e) => ({ label: e.label, text: e.paragraphs.join('\n\n') }))).toEqual(
        examples(body),
      );
    }
  });
});
