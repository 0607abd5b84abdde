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
    const text = introReply('de', { introducer: '<b>Jana</b>', contact: 'Frau 🙂 Petersen', decision: 'decline', detail: 'ich wechsle in die Pflege' });
    expect(text).toContain('<b>Jana</b>');
    expect(text).toContain('Frau 🙂 Petersen');
  });
});
