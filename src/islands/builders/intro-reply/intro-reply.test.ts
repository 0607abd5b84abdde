import { describe, expect, it } from 'vitest';
import { decisions, introReply } from './intro-reply.ts';
import { locales } from '../../../i18n/locales.ts';

const base = { introducer: 'James', contact: 'Helen Marsh', name: 'Priya' };

describe('introduction reply', () => {
  for (const locale of locales) {
    for (const decision of decisions) {
      it(`${locale}/${decision}: greets the introducer, names the contact, signs with your name`, () => {
        const text = introReply(locale, { ...base, decision, detail: 'X-DETAIL', later: 'X-LATER' });
        const paragraphs = text.split('\n\n');
        expect(paragraphs[0]).toContain('James');
        expect(text).toContain('Helen Marsh');
        expect(text.endsWith('\nPriya')).toBe(true);
        expect(paragraphs.length).toBeGreaterThanOrEqual(4);
        expect(text).toContain('X-DETAIL');
        if (decision === 'accept-later') expect(text).toContain('X-LATER');
        else expect(text).not.toContain('X-LATER');
        expect(text).not.toMatch(/undefined|\{|\}/);
      });

      it(`${locale}/${decision}: reads well without the optional fields`, () => {
        const text = introReply(locale, { introducer: 'Aino', contact: 'Mikko', decision });
        expect(text).toContain('Aino');
        expect(text).not.toMatch(/undefined|: \.|\s\./);
      });
    }
  }

  it('never answers “too busy” when accepting later, and proposes a concrete time', () => {
    const text = introReply('en', { ...base, decision: 'accept-later', detail: 'I fly to a workshop tomorrow' });
    expect(text).not.toMatch(/too busy/i);
    expect(text).toContain('in two weeks');
    expect(text).toContain('The timing is tricky: I fly to a workshop tomorrow.');
  });

  it('keeps the reader’s own punctuation', () => {
    const text = introReply('en', { ...base, decision: 'decline', detail: 'I am retraining as a teacher!' });
    expect(text).toContain('teacher!');
    expect(text).not.toContain('teacher!.');
  });

  it('keeps markup and unusual text as text', () => {
    const text = introReply('de', {
      introducer: '<b>Jana</b>',
      contact: 'Frau 🙂 Petersen',
      decision: 'decline',
      detail: 'ich wechsle in die Pflege',
    });
    expect(text).toContain('<b>Jana</b>');
    expect(text).toContain('Frau 🙂 Petersen');
  });
});

import { checkIntroReply, decisionFromQuery, introReplyBuilder, writeIntroReply } from './intro-reply.ts';
import { introReplyData } from './locales/index.ts';
import type { CheckResult } from '../types.ts';
import { introAnswers, introDetails } from '../../../../tests/fixtures/builders.ts';
import { examples, readMdx } from '../../../../tests/support/content.ts';

const failing = (results: CheckResult[]) => results.filter((r) => !r.pass).map((r) => r.id);
const expectedChecks = {
  'accept-now': ['thanks', 'busy', 'availability'],
  'accept-later': ['thanks', 'busy', 'constraint', 'concrete'],
  decline: ['thanks', 'busy', 'reason', 'respect', 'posted'],
};
/** The lesson's examples in order: accept now, accept and propose a later time, decline. */
const lessonOrder = ['accept-now', 'accept-later', 'decline'] as const;

describe.each(locales)('introduction reply checks in %s', (locale) => {
  const data = introReplyData[locale];

  for (const decision of decisions) {
    const inputs: Record<string, string> = {
      ...introAnswers[locale],
      decision,
      detail: introDetails[locale][decision],
    };
    const body = introReplyBuilder.write(inputs, data).body;

    it(`${decision}: the default draft passes all of its own checks`, () => {
      const results = checkIntroReply({ subject: '', body }, inputs, data);
      expect(results.map((r) => r.id)).toEqual(expectedChecks[decision]);
      expect(failing(results)).toEqual([]);
    });

    it(`${decision}: is the same text the quiz gets from introReply()`, () => {
      expect(body).toBe(
        introReply(locale, {
          introducer: inputs.introducer!,
          contact: inputs.contact!,
          decision,
          detail: inputs.detail!,
          later: inputs.later!,
          name: inputs.name!,
        }),
      );
    });

    it(`${decision}: removing the thanks (first paragraph and sign-off) is flagged`, () => {
      const [greeting, , ...rest] = body.split('\n\n');
      const withoutThanks = [greeting, ...rest.slice(0, -1)].join('\n\n');
      expect(failing(checkIntroReply({ subject: '', body: withoutThanks }, inputs, data))).toEqual(['thanks']);
    });
  }

  it('flags “too busy” and a vague postponement, showing the words', () => {
    const inputs = { ...introAnswers[locale], decision: 'accept-later' };
    const vague = {
      en: 'I’m too busy right now, maybe later.',
      de: 'Ich habe gerade keine Zeit, vielleicht später.',
      fi: 'Minulla on liian kiire, ehkä myöhemmin.',
      sv: 'Jag har inte tid just nu, kanske senare.',
    }[locale];
    const results = checkIntroReply(
      { subject: '', body: `${introReplyBuilder.write(inputs, data).body}\n\n${vague}` },
      inputs,
      data,
    );
    expect(failing(results)).toEqual(['busy']);
    expect(results.find((r) => r.id === 'busy')!.found!.length).toBe(2);
  });

  it('asks for the constraint and a concrete time when postponing without them', () => {
    const inputs = { introducer: 'A', contact: 'B', decision: 'accept-later' };
    const body = writeIntroReply({ introducer: 'A', contact: 'B', decision: 'accept-later' }, data.wording);
    expect(failing(checkIntroReply({ subject: '', body }, inputs, data))).toEqual(['constraint']);
    const noTime = body.replace(data.wording.laterDefault, '');
    expect(failing(checkIntroReply({ subject: '', body: noTime }, inputs, data))).toEqual(['constraint', 'concrete']);
  });

  it('does not count “swamped, maybe later” as a constraint or a time just because the reader typed it', () => {
    const vague = {
      en: ['I’m swamped', 'maybe later'],
      de: ['ich habe keine Zeit', 'vielleicht später'],
      fi: ['minulla on liian kiire', 'ehkä myöhemmin'],
      sv: ['jag har fullt upp', 'kanske senare'],
    }[locale];
    const inputs = { introducer: 'A', contact: 'B', decision: 'accept-later', detail: vague[0]!, later: vague[1]! };
    const body = introReplyBuilder.write(inputs, data).body.replace(data.wording.laterDefault, '');
    expect(failing(checkIntroReply({ subject: '', body }, inputs, data))).toEqual(['busy', 'constraint', 'concrete']);
  });

  it('flags a decline that forgets to keep the introducer posted', () => {
    const inputs = { ...introAnswers[locale], decision: 'decline', detail: introDetails[locale].decline };
    const body = introReplyBuilder.write(inputs, data).body.replace(`${data.wording.posted}\n\n`, '');
    expect(failing(checkIntroReply({ subject: '', body }, inputs, data))).toEqual(['posted']);
  });

  it('passes the lesson’s own three replies, which a human editor wrote', () => {
    const written = examples(readMdx('lessons', locale, 'introductions.mdx').body);
    expect(written).toHaveLength(3);
    for (const [index, { label, text }] of written.entries()) {
      expect(
        failing(checkIntroReply({ subject: '', body: text }, { decision: lessonOrder[index]! }, data)),
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

  it('asks when you will write again only when you postpone, and labels the detail by decision', () => {
    const later = introReplyBuilder.fields.find((f) => f.name === 'later')!;
    expect(later.when!({ decision: 'accept-later' })).toBe(true);
    expect(later.when!({ decision: 'decline' })).toBe(false);
    const detail = introReplyBuilder.fields.find((f) => f.name === 'detail')!;
    expect(decisions.map((decision) => detail.variant!({ decision }))).toEqual([
      'detailNow',
      'detailLater',
      'detailDecline',
    ]);
    expect(introReplyBuilder.fields.filter((f) => f.required).map((f) => f.name)).toEqual([
      'introducer',
      'contact',
      'decision',
    ]);
  });
});
