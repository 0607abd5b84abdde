import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../i18n/locales.ts';
import { asSentence } from '../../lib/text.ts';
import { germanAddress } from './grammar/de-address.ts';
import { addressCheck, addressSlips } from './address.ts';
import { followRegister, impliedRegister, type Tone } from './register.ts';
import type { BuilderSpec, Inputs } from './types.ts';
import { reconnectBuilder } from './reconnect/reconnect.ts';
import { reconnectData } from './reconnect/locales/index.ts';
import { contactRequestBuilder } from './contact-request/contact-request.ts';
import { contactRequestData } from './contact-request/locales/index.ts';
import { introReplyBuilder } from './intro-reply/intro-reply.ts';
import { introReplyData } from './intro-reply/locales/index.ts';
import { contactExamples, introDetails, introExamples, reconnectExamples } from '../../../tests/fixtures/builders.ts';

const words = germanAddress.address;
const slips = (text: string, tone: Tone, names: string[] = []) =>
  addressSlips(text, tone, words, names).map((m) => m.text);

describe('German address: words of the other register', () => {
  it('finds “du” and its forms in a “Sie” message, wherever they stand', () => {
    expect(slips('Wie geht es dir?', 'formal')).toEqual(['dir']);
    expect(slips('Du hattest recht. Ich schicke dich gern weiter, mit deinem Bericht.', 'formal')).toEqual([
      'Du',
      'dich',
      'deinem',
    ]);
    expect(slips('Grüßen Sie euer Team von mir.\nDeine Jana', 'formal')).toEqual(['euer', 'Deine']);
  });

  it('finds nothing in a “Sie” message that only looks like “du”', () => {
    expect(slips('Die Dudenredaktion und der Direktor lesen Dirks Bericht, Deinhard auch.', 'formal')).toEqual([]);
    expect(slips('Wie geht es Ihnen? Ich hoffe, Ihr Team ist wohlauf.', 'formal')).toEqual([]);
  });

  it('takes a name for a name, not for “du”', () => {
    expect(slips('Guten Tag Herr Du, vielen Dank für Ihre Nachricht.', 'formal', ['Herr Du'])).toEqual([]);
    expect(slips('Herzliche Grüße\nDu Wei', 'formal', ['Du Wei'])).toEqual([]);
    expect(slips('Guten Tag Herr Du, wie geht es dir?', 'formal', ['Herr Du'])).toEqual(['dir']);
  });

  it('finds “Sie”, “Ihnen”, “Ihr” with their capital inside a sentence of a “du” message', () => {
    expect(slips('Hallo Anna, wie geht es Ihnen?', 'warm')).toEqual(['Ihnen']);
    expect(slips('Danke für Ihre Zeit, ich weiß, dass Sie viel zu tun haben.', 'warm')).toEqual(['Ihre', 'Sie']);
    expect(slips('Hallo Anna, Sie hatten recht.', 'warm')).toEqual(['Sie']);
  });

  it('finds nothing in a “du” message where “sie” and “ihr” mean she, they or her, or open a sentence', () => {
    // In lower case they are "she", "they", "her"; first in a sentence, a line or a quotation they
    // may be either, so they are left alone.
    expect(slips('Ich habe sie gefragt, ob ihr Team mitkommt, und ihr zwei kommt auch.', 'warm')).toEqual([]);
    expect(slips('Sie hat mir sehr geholfen. Ihre Tipps nutze ich noch heute!', 'warm')).toEqual([]);
    expect(slips('Wie geht es dir?\nIhr Vorschlag von damals: „Sie müssen testen.“', 'warm')).toEqual([]);
    expect(slips('Sie sagte: Sie kommt.', 'warm')).toEqual([]);
    expect(slips('Die Siemens-Leute und die Ihringer Winzer', 'warm')).toEqual([]);
  });

  it('is a check only where the registers address the person differently: German', () => {
    const message = { subject: 'Wie geht es Ihnen?', body: 'Wie geht es dir?' };
    expect(addressCheck(message, 'formal', germanAddress, [])).toEqual([
      { id: 'register-formal', pass: false, found: [{ start: 12, end: 15, text: 'dir', part: 'body' }] },
    ]);
    expect(addressCheck(message, 'warm', germanAddress, [])).toEqual([
      { id: 'register-warm', pass: false, found: [{ start: 12, end: 17, text: 'Ihnen', part: 'subject' }] },
    ]);
    for (const locale of ['en', 'fi', 'sv'] as const) {
      expect(addressCheck(message, 'formal', reconnectData[locale], []), locale).toEqual([]);
    }
  });

  it('has its strings, in German, for each register', () => {
    expect(Object.keys(germanAddress.checkStrings).sort()).toEqual(['register-formal', 'register-warm']);
  });

  it('still takes Herr, Frau or a title for “Sie”, from the one shared list', () => {
    for (const data of [reconnectData.de, contactRequestData.de, introReplyData.de]) {
      expect(data.formalNames).toBe(germanAddress.formalNames);
      expect(data.address).toBe(germanAddress.address);
    }
    expect(impliedRegister(germanAddress, 'Herr Kaiser')).toBe('formal');
    expect(impliedRegister(germanAddress, 'Prof. Lang')).toBe('formal');
    expect(impliedRegister(germanAddress, 'Katrin')).toBe('warm');
    expect(followRegister('name', { name: 'Katrin', tone: 'warm' }, { name: 'Frau Berg' }, germanAddress).tone).toBe(
      'formal',
    );
  });
});

/** Each builder with a free field the reader types a sentence into, and its German examples. */
const cases: Array<{
  name: string;
  spec: BuilderSpec<any>;
  data: Record<Locale, any>;
  field: string;
  example: (locale: Locale, tone: Tone) => Inputs;
}> = [
  {
    name: 'reconnect',
    spec: reconnectBuilder,
    data: reconnectData,
    field: 'news',
    example: (locale, tone) => reconnectExamples[locale][tone],
  },
  {
    name: 'contact-request',
    spec: contactRequestBuilder,
    data: contactRequestData,
    field: 'hope',
    example: (locale, tone) => ({ ...contactExamples[locale].notMet[tone], platform: 'email' }),
  },
  {
    name: 'intro-reply',
    spec: introReplyBuilder,
    data: introReplyData,
    field: 'detail',
    example: (locale, tone) => ({
      ...introExamples[locale][tone],
      decision: 'accept-now',
      detail: introDetails[locale]['accept-now'],
    }),
  },
];

const typedDu = 'Wie geht es dir und deinem Team?';
const typedSie = 'Ich hoffe, es geht Ihnen und Ihrem Team gut.';

describe.each(cases)('$name in German: a sentence typed in the other register', ({ spec, data, field, example }) => {
  const run = (inputs: Inputs) => {
    const message = spec.write(inputs, data.de);
    return { message, results: spec.check(message, inputs, data.de, 'de') };
  };
  const verdict = (results: ReturnType<typeof run>['results'], id: string) => results.find((r) => r.id === id);

  it('passes the default draft in both registers', () => {
    for (const tone of ['warm', 'formal'] as const) {
      const { results } = run(example('de', tone));
      expect(verdict(results, `register-${tone}`), tone).toMatchObject({ pass: true, found: [] });
      expect(results.some((r) => r.id === `register-${tone === 'warm' ? 'formal' : 'warm'}`)).toBe(false);
    }
  });

  it('flags “du” typed into a “Sie” message, and keeps the sentence as typed', () => {
    const inputs = { ...example('de', 'formal'), [field]: typedDu };
    const { message, results } = run(inputs);
    expect(message.body).toContain(typedDu);
    expect(verdict(results, 'register-formal')).toMatchObject({ pass: false });
    expect(verdict(results, 'register-formal')!.found!.map((m) => m.text)).toEqual(['dir', 'deinem']);
    for (const m of verdict(results, 'register-formal')!.found!) {
      expect(message.body.normalize('NFC').slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('flags “Sie” typed into a “du” message, and keeps the sentence as typed', () => {
    const inputs = { ...example('de', 'warm'), [field]: typedSie };
    const { message, results } = run(inputs);
    expect(message.body).toContain(asSentence(typedSie, 'de'));
    expect(verdict(results, 'register-warm')!.found!.map((m) => m.text)).toEqual(['Ihnen', 'Ihrem']);
  });

  it('has no address check in English, Finnish or Swedish', () => {
    for (const locale of locales.filter((l) => l !== 'de')) {
      for (const tone of ['warm', 'formal'] as const) {
        const inputs = example(locale, tone);
        const ids = spec.check(spec.write(inputs, data[locale]), inputs, data[locale], locale).map((r) => r.id);
        expect(
          ids.filter((id) => id.startsWith('register')),
          `${locale} ${tone}`,
        ).toEqual([]);
      }
    }
  });
});
