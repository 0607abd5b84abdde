import { withoutSoftHyphens } from '../../lib/soft-hyphens.ts';
import { describe, expect, it } from 'vitest';
import { islandProps, islandStrings, lessonExamples } from './page.ts';
import { reconnectBuilder } from './reconnect/reconnect.ts';
import { introReplyBuilder } from './intro-reply/intro-reply.ts';
import { contactRequestBuilder } from './contact-request/contact-request.ts';
import { reconnectChecks, reconnectData } from './reconnect/locales/index.ts';
import { contactRequestChecks, contactRequestData } from './contact-request/locales/index.ts';
import { introReplyChecks, introReplyData } from './intro-reply/locales/index.ts';
import { locales } from '../../i18n/locales.ts';
import { dictionaries } from '../../i18n/index.ts';
import { builderIds } from './registry.ts';
import { isRequired } from './types.ts';
import { examples, readMdx } from '../../../tests/support/content.ts';

describe('builder page data', () => {
  it('spells out every year choice in the reader’s language', () => {
    expect(islandStrings('en', 'reconnect', reconnectBuilder).fields.years!.options).toMatchObject({
      '1': 'About a year',
      '4': 'About 4 years',
      '30': 'About 30 years',
    });
    expect(islandStrings('de', 'reconnect', reconnectBuilder).fields.years!.options!['1']).toBe('Etwa ein Jahr');
    expect(islandStrings('fi', 'reconnect', reconnectBuilder).fields.years!.options!['6']).toBe('Noin 6 vuotta');
  });

  it('adds the strings of German’s own checks to the island’s, and keeps them out of its data', () => {
    const props = islandProps('de', 'intro-reply', introReplyBuilder, introReplyChecks);
    // Shown strings carry soft hyphens (src/lib/island-strings.ts); compared without them.
    expect(withoutSoftHyphens(props.strings.checks['register-formal']!.label)).toBe('Durchgehend per Sie');
    expect(JSON.parse(withoutSoftHyphens(JSON.stringify(props.strings.checks.thanks)))).toEqual(
      dictionaries.de.builders['intro-reply'].checks.thanks,
    );
    expect(props.checks).not.toHaveProperty('checkStrings');
    expect(props.checks.address).toEqual(introReplyChecks.de.address);
    const english = islandProps('en', 'intro-reply', introReplyBuilder, introReplyChecks);
    expect(Object.keys(english.strings.checks).sort()).toEqual(
      Object.keys(dictionaries.en.builders['intro-reply'].checks).sort(),
    );
  });

  it('tells a free LinkedIn account of its monthly limit on notes, under the date the limits were checked', () => {
    const monthly = { en: /each month/, de: /pro Monat/, fi: /kuukaudessa/, sv: /per månad/ };
    const dates = { en: '1 December 2026', de: '1. Dezember 2026', fi: '1. joulukuuta 2026', sv: '1 december 2026' };
    for (const locale of locales) {
      const hint = islandStrings(locale, 'contact-request', contactRequestBuilder).fields.platform!.hint!;
      expect(hint, locale).toContain(dates[locale]);
      expect(hint, locale).toMatch(/LinkedIn/);
      expect(hint, locale).toMatch(monthly[locale]);
      expect(hint, locale).not.toMatch(/\d+ (notes|Notizen|viesti|hälsningar)/);
    }
  });

  it('hands the island only its own builder’s strings, with the subject label when given', () => {
    const strings = islandStrings('sv', 'intro-reply', introReplyBuilder);
    expect(Object.keys(strings).sort()).toEqual(['body', 'checks', 'common', 'copyBody', 'fields']);
    expect(strings.fields.decision!.options!['accept-later']).toBe('Tacka ja och föreslå en senare tid');
    expect(Object.keys(islandStrings('de', 'reconnect', reconnectBuilder)).sort()).toEqual([
      'body',
      'checks',
      'common',
      'copyBody',
      'copyBoth',
      'copySubject',
      'fields',
      'mailto',
      'mailtoHint',
    ]);
    expect(reconnectBuilder.subjectLabel!(reconnectData.de)).toBe('Betreff');
  });

  it('has a string for every field and check of every builder', () => {
    const data = { reconnect: reconnectData, 'contact-request': contactRequestData, 'intro-reply': introReplyData };
    const checks = {
      reconnect: reconnectChecks,
      'contact-request': contactRequestChecks,
      'intro-reply': introReplyChecks,
    };
    const situations = [
      ...['accept-now', 'accept-later', 'decline'].map((decision) => ({ decision, later: 'date' })),
      ...['linkedin', 'other', 'email'].flatMap((platform) =>
        ['request', 'message'].flatMap((kind) => ['yes', 'no'].map((met) => ({ platform, kind, met }))),
      ),
    ].flatMap((inputs) => ['warm', 'formal'].map((tone) => ({ ...inputs, tone })));
    for (const locale of locales) {
      for (const [key, spec] of [
        ['reconnect', reconnectBuilder],
        ['contact-request', contactRequestBuilder],
        ['intro-reply', introReplyBuilder],
      ] as const) {
        // What the island gets: the dictionary's strings and those of the checks only its language has.
        const { strings } = islandProps(locale, key, spec as typeof reconnectBuilder, checks[key] as never);
        for (const field of spec.fields) {
          for (const inputs of field.variant ? situations : [{}]) {
            const name = field.variant?.(inputs) ?? field.name;
            expect(strings.fields[name]?.label, `${locale} ${key} ${name}`).toBeTruthy();
            if (isRequired(field, inputs)) expect(strings.fields[name]?.error, `${locale} ${key} ${name}`).toBeTruthy();
            for (const option of field.options ?? [])
              expect(strings.fields[name]?.options?.[option], `${locale} ${key} ${name}.${option}`).toBeTruthy();
          }
          if (typeof field.required === 'function') {
            for (const inputs of situations) {
              if (field.required(inputs))
                expect(strings.fields[field.variant?.(inputs) ?? field.name]?.error).toBeTruthy();
            }
          }
        }
        const ids = new Set(
          situations.flatMap((inputs) =>
            (spec as typeof reconnectBuilder)
              .check({ subject: '', body: '' }, inputs, data[key][locale] as never, locale)
              .map((r) => r.id),
          ),
        );
        expect([...ids].sort(), `${locale} ${key}`).toEqual(Object.keys(strings.checks).sort());
      }
    }
  });

  it('knows each builder by one id, the one in its URL, folder and dictionary', () => {
    expect(builderIds).toEqual(['reconnect', 'contact-request', 'intro-reply']);
    expect([reconnectBuilder.id, contactRequestBuilder.id, introReplyBuilder.id]).toEqual(builderIds);
    for (const locale of locales) {
      const t = dictionaries[locale];
      for (const id of builderIds) {
        expect(t.builders[id].lead, `${locale} ${id}`).toBeTruthy();
        expect(t.tools[id].name, `${locale} ${id}`).toBeTruthy();
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
