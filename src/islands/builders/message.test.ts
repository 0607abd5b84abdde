import { describe, expect, it } from 'vitest';
import { countedText } from './counted.ts';
import { checksSummary, counter, fill, highlight, mailto, verdicts, withSubject } from './message.ts';
import { findPhrases } from './phrases.ts';
import { missing, type FieldSpec } from './types.ts';

/** Reads a mailto: link back the way an email app does: split the query, percent-decode each value. */
function decodeMailto(href: string): Record<string, string> {
  expect(href.startsWith('mailto:?')).toBe(true);
  const fields: Record<string, string> = {};
  for (const pair of href.slice('mailto:?'.length).split('&')) {
    const [key, value = ''] = pair.split('=');
    fields[key!] = decodeURIComponent(value);
  }
  return fields;
}

describe('mailto link', () => {
  const message = {
    subject: 'Four years since we last spoke & a question? 100% sure #1',
    body: 'Hi Raj,\n\nLine one + two = “three” – é, ß, ä, 👩🏽‍💻, שלום.\nA=B&C?D#E\n\nTom',
  };

  it('decodes back to exactly the subject and the body, line breaks as CRLF (RFC 6068)', () => {
    const href = mailto(message);
    const decoded = decodeMailto(href);
    expect(decoded.subject).toBe(message.subject);
    expect(decoded.body).toBe(message.body.replace(/\n/g, '\r\n'));
    expect(decoded.body!.replace(/\r\n/g, '\n')).toBe(message.body);
    // Only characters that are safe in a URL remain unencoded.
    expect(href.slice('mailto:?'.length)).toMatch(/^[A-Za-z0-9\-_.!~*'()%=&]+$/);
    expect(href).not.toContain('+');
  });

  it('leaves the subject out when there is none, and never throws on half an emoji', () => {
    expect(mailto({ subject: '', body: 'Hi' })).toBe('mailto:?body=Hi');
    const broken = `Broken ${'👩'.slice(0, 1)} emoji`;
    expect(decodeMailto(mailto({ subject: broken, body: broken })).body).toBe('Broken \uFFFD emoji');
  });

  it('keeps a subject on one line', () => {
    expect(decodeMailto(mailto({ subject: 'one\ntwo', body: 'x' })).subject).toBe('one two');
  });
});

describe('counter', () => {
  it('counts what a person sees: an emoji with skin tone, a family, a flag and e + accent are one each', () => {
    expect(counter('👩🏽‍💻', 300).count).toBe(1);
    expect(counter('👨‍👩‍👧‍👦🇫🇮', 300).count).toBe(2);
    expect(counter('Cafe\u0301', 300).count).toBe(4);
    expect(counter('Café', 300).count).toBe(4);
    expect(counter('Hälsningar', 300, 'sv').count).toBe(10);
  });

  it('says how many are left, or how far over, and changes band only at the thresholds', () => {
    expect(counter('a'.repeat(249), 300)).toEqual({ count: 249, left: 51, band: 'plenty' });
    expect(counter('a'.repeat(250), 300).band).toBe('near');
    expect(counter('a'.repeat(280), 300).band).toBe('close');
    expect(counter('a'.repeat(300), 300)).toEqual({ count: 300, left: 0, band: 'close' });
    expect(counter('a'.repeat(301), 300)).toEqual({ count: 301, left: -1, band: 'over' });
  });
});

describe('wording helpers', () => {
  it('fill placeholders, with a capital where the template asks for one', () => {
    expect(fill('{Years} since {name}', { years: 'four years', name: 'Raj' })).toBe('Four years since Raj');
    expect(fill('{unknown} stays', {})).toBe('{unknown} stays');
    expect(fill('{name}', { name: '$& <b>' })).toBe('$& <b>');
  });

  it('name the required fields left empty, among those on show', () => {
    const fields: FieldSpec[] = [
      { name: 'a', kind: 'text', required: true },
      { name: 'b', kind: 'text' },
      { name: 'c', kind: 'text', required: true, when: (inputs) => inputs.a === 'show' },
    ];
    expect(missing(fields, {})).toEqual(['a']);
    expect(missing(fields, { a: '   ' })).toEqual(['a']);
    expect(missing(fields, { a: 'show' })).toEqual(['c']);
    expect(missing(fields, { a: 'show', c: 'x' })).toEqual([]);
  });

  it('put the subject on its own line when copying both', () => {
    expect(withSubject({ subject: 'Hello', body: 'Body' }, 'Subject')).toBe('Subject: Hello\n\nBody');
    expect(withSubject({ subject: '', body: 'Body' }, 'Subject')).toBe('Body');
  });

  it('change the verdict key only when a check turns', () => {
    const a = verdicts([
      { id: 'out', pass: true },
      { id: 'offer', pass: false },
    ]);
    expect(
      verdicts([
        { id: 'out', pass: true },
        { id: 'offer', pass: false, values: { count: 3 } },
      ]),
    ).toBe(a);
    expect(
      verdicts([
        { id: 'out', pass: false },
        { id: 'offer', pass: false },
      ]),
    ).not.toBe(a);
  });

  it('cut a text into plain and flagged pieces that join back to the text', () => {
    const text = 'This is urgent, please help ASAP.';
    const pieces = highlight(text, findPhrases(text, ['urgent*', 'asap']));
    expect(pieces.filter((p) => p.flagged).map((p) => p.text)).toEqual(['urgent', 'ASAP']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});

describe('counted text', () => {
  it('picks the form by Intl.PluralRules and writes numbers the locale’s way', () => {
    const forms = { one: '{count} character left', other: '{count} characters left' };
    expect(countedText('en', forms, 1)).toBe('1 character left');
    expect(countedText('en', forms, 1200)).toBe('1,200 characters left');
    expect(
      countedText('de', { one: '{count} Wort', other: '{count} Wörter, Ziel {limit}' }, 1200, { limit: 180 }),
    ).toBe('1.200 Wörter, Ziel 180');
    expect(countedText('fi', { one: '{count} merkki', other: '{count} merkkiä' }, 0)).toBe('0 merkkiä');
    expect(countedText('sv', 'Fixed {count}', 3)).toBe('Fixed 3');
  });
});

describe('checks summary', () => {
  it('says how many checks pass and names the ones still to do', () => {
    const strings = {
      common: {
        summary: { one: '{count} of {total} checks done.', other: '{count} of {total} checks done.' },
        stillToDo: 'Still to do: {list}.',
      },
      checks: { out: { label: 'They get an out' }, offer: { label: 'You offer help' } },
    } as unknown as Parameters<typeof checksSummary>[1];
    expect(
      checksSummary(
        [
          { id: 'out', pass: false },
          { id: 'offer', pass: false },
        ],
        strings,
        'en',
      ),
    ).toBe('0 of 2 checks done. Still to do: They get an out; You offer help.');
    expect(
      checksSummary(
        [
          { id: 'out', pass: true },
          { id: 'offer', pass: true },
        ],
        strings,
        'en',
      ),
    ).toBe('2 of 2 checks done.');
  });
});
