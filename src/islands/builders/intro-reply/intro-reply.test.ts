import { describe, expect, it } from 'vitest';
import {
  checkIntroReply,
  decisionFromQuery,
  decisions,
  introReplyBuilder,
  introReplyInput,
  readIntroReply,
  writeIntroReply,
} from './intro-reply.ts';
import { introReply } from './reply.ts';
import { introReplyData } from './locales/index.ts';
import { locales } from '../../../i18n/locales.ts';
import { asSentence } from '../../../lib/text.ts';
import { missing, type CheckResult } from '../types.ts';
import { introDetails, introExamples } from '../../../../tests/fixtures/builders.ts';
import { examples, greetingTone, readMdx } from '../../../../tests/support/content.ts';

const failing = (results: CheckResult[]) => results.filter((r) => !r.pass).map((r) => r.id);
const expectedChecks = {
  'accept-now': ['thanks', 'busy', 'availability'],
  'accept-later': ['thanks', 'busy', 'constraint', 'concrete'],
  decline: ['thanks', 'busy', 'reason', 'respect', 'posted'],
};
/** The lesson's examples in order: accept now, accept and propose a later time, decline. */
const lessonOrder = ['accept-now', 'accept-later', 'decline'] as const;

describe.each(locales)('introduction reply in %s', (locale) => {
  const writer = introReplyData[locale];

  for (const decision of decisions) {
    const inputs: Record<string, string> = {
      ...introExamples[locale].warm,
      decision,
      detail: introDetails[locale][decision],
    };
    const body = introReplyBuilder.write(inputs, writer).body;

    it(`${decision}: greets the introducer, names the contact, places the reader’s sentence whole, signs`, () => {
      expect(body.split('\n\n')[0]).toContain(inputs.introducer);
      expect(body).toContain(inputs.contact);
      expect(body).toContain(asSentence(inputs.detail!, locale));
      expect(body.endsWith(`\n${inputs.name}`)).toBe(true);
      expect(checkIntroReply({ subject: '', body }, inputs, writer).map((r) => r.id)).toEqual([
        ...expectedChecks[decision],
        // German keeps to the register chosen: du or Sie.
        ...(locale === 'de' ? ['register-warm'] : []),
      ]);
    });

    it(`${decision}: is the same text the quiz gets from introReply()`, () => {
      expect(body).toBe(introReply(locale, introReplyInput(inputs)));
    });
  }

  it('flags “too busy” and a vague postponement, showing the words', () => {
    const inputs = {
      ...introExamples[locale].warm,
      decision: 'accept-later',
      detail: introDetails[locale]['accept-later'],
    };
    const vague = {
      en: 'I’m too busy right now, maybe later.',
      de: 'Ich habe gerade keine Zeit, vielleicht später.',
      fi: 'Minulla on liian kiire, ehkä myöhemmin.',
      sv: 'Jag har inte tid just nu, kanske senare.',
    }[locale];
    const results = checkIntroReply(
      { subject: '', body: `${introReplyBuilder.write(inputs, writer).body}\n\n${vague}` },
      inputs,
      writer,
    );
    expect(failing(results)).toEqual(['busy']);
    expect(results.find((r) => r.id === 'busy')!.found!.length).toBe(2);
  });

  it('does not count “swamped, maybe later” as a constraint just because the reader typed it', () => {
    const swamped = {
      en: 'I’m swamped',
      de: 'ich habe keine Zeit',
      fi: 'minulla on liian kiire',
      sv: 'jag har fullt upp',
    }[locale];
    const inputs = { introducer: 'A', contact: 'B', decision: 'accept-later', detail: swamped };
    const body = introReplyBuilder.write(inputs, writer).body;
    expect(failing(checkIntroReply({ subject: '', body }, inputs, writer))).toEqual(['busy', 'constraint']);
  });

  it('proposes the day the reader chose, written as the language writes a day in a sentence', () => {
    const inputs = { ...introExamples[locale].warm, decision: 'accept-later', later: 'date', laterDate: '2027-01-11' };
    const day = {
      en: 'on Monday 11 January',
      de: 'am Montag, dem 11. Januar,',
      fi: 'maanantaina 11. tammikuuta',
      sv: 'måndagen den 11 januari',
    }[locale];
    expect(introReplyBuilder.write({ ...inputs, detail: introDetails[locale]['accept-later'] }, writer).body).toContain(
      day,
    );
    // A day that is not a day falls back to the weeks, never to "Invalid Date".
    const broken = introReplyBuilder.write({ ...inputs, laterDate: '2027-02-31' }, writer).body;
    expect(broken).not.toMatch(/Invalid|NaN|undefined/);
    expect(readIntroReply(introReplyInput({ ...inputs, laterDate: '2027-02-31' }), writer).later).toEqual({ weeks: 2 });
  });

  it('passes the lesson’s own three replies, which a human editor wrote', () => {
    // The lesson's "words to use" are its first three examples, one per decision; the fourth answers
    // the introduction email itself, which is not one of the builder's replies.
    const written = examples(readMdx('lessons', locale, 'introductions.mdx').body).slice(0, 3);
    expect(written).toHaveLength(3);
    for (const [index, { label, text }] of written.entries()) {
      expect(
        failing(
          checkIntroReply(
            { subject: '', body: text },
            { decision: lessonOrder[index]!, tone: greetingTone(text, writer) },
            writer,
          ),
        ),
        label,
      ).toEqual([]);
    }
  });
});

describe('introduction reply builder', () => {
  it('reads the decision the quiz links with, and ignores anything else', () => {
    expect(decisionFromQuery('?decision=accept-later')).toBe('accept-later');
    expect(decisionFromQuery('?x=1&decision=decline')).toBe('decline');
    expect(decisionFromQuery('?decision=maybe')).toBeUndefined();
    expect(decisionFromQuery('')).toBeUndefined();
  });

  it('asks when and how only where the decision needs it, and labels the detail by decision', () => {
    const field = (name: string) => introReplyBuilder.fields.find((f) => f.name === name)!;
    expect(field('later').when!({ decision: 'accept-later' })).toBe(true);
    expect(field('later').when!({ decision: 'decline' })).toBe(false);
    expect(field('laterDate').when!({ decision: 'accept-later', later: 'date' })).toBe(true);
    expect(field('laterDate').when!({ decision: 'accept-later', later: '2' })).toBe(false);
    expect(field('change').when!({ decision: 'decline' })).toBe(true);
    expect(decisions.map((decision) => field('detail').variant!({ decision }))).toEqual([
      'detailNow',
      'detailLater',
      'detailDecline',
    ]);
    const base = { introducer: 'James', contact: 'Helen', tone: 'warm', later: '2', change: 'considering' };
    expect(missing(introReplyBuilder.fields, { ...base, decision: 'accept-now' })).toEqual([]);
    expect(missing(introReplyBuilder.fields, { ...base, decision: 'accept-later' })).toEqual(['detail']);
    expect(
      missing(introReplyBuilder.fields, { ...base, decision: 'accept-later', detail: 'x', later: 'date' }),
    ).toEqual(['laterDate']);
  });

  it('answers a German introducer greeted as Herr with “Sie”, and puts the contact in the dative', () => {
    const text = writeIntroReply(
      { introducer: 'Herr Kaiser', contact: 'Herr Dr. Berger', decision: 'accept-now' },
      introReplyData.de,
    );
    expect(
      text.startsWith('Lieber Herr Kaiser,\n\nvielen Dank, dass Sie mich Herrn Dr. Berger vorstellen möchten.'),
    ).toBe(true);
    expect(text).not.toMatch(/\b(du|dich|dir|dein\w*)\b/);
    expect(readIntroReply({ introducer: 'Lena', contact: 'X', decision: 'decline' }, introReplyData.de).tone).toBe(
      'warm',
    );
  });
});
