import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine, type CalendarEvent } from './ics.ts';
import { emoji, long, markup, rtl } from '../../../tests/fixtures/worksheet.ts';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
/** Reverses TEXT escaping, as a calendar app reading the file would. */
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const event: CalendarEvent = {
  uid: 'follow-up-m3x9k2-a81f@connector',
  day: '2027-03-05',
  summary: 'Follow up with Kwame',
  description: 'Meeting goal: rotations, deadlines; and more\n\nThank them.',
  language: 'en',
};

describe('escaping text values', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters a calendar file may not hold, and keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});

describe('folding lines', () => {
  it('keeps lines of 75 octets whole and folds longer ones with a leading space', () => {
    const exact = 'X'.repeat(75);
    expect(foldLine(exact)).toBe(exact);
    const folded = foldLine('Y'.repeat(200));
    const parts = folded.split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 52]);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe('Y'.repeat(200));
  });

  it.each([
    ['emoji', `SUMMARY:${emoji.repeat(6)}`],
    ['right-to-left text', `DESCRIPTION:${rtl.repeat(5)}`],
    ['accents and CJK', `SUMMARY:${'äöå 日本語 '.repeat(20)}`],
  ])('never splits a multi-byte character (%s)', (_, line) => {
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // Each physical line is valid UTF-8 on its own: encoding and decoding it changes nothing.
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('the calendar file', () => {
  const ics = calendar(event, new Date('2026-11-22T10:30:00.123Z'));

  it('is one VCALENDAR with one all-day VEVENT and its VALARM, in CRLF lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.every((line) => octets(line) <= 75)).toBe(true);
    const structure = unfold(ics)
      .split('\r\n')
      .filter((line) => /^(BEGIN|END):/.test(line));
    expect(structure).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'BEGIN:VALARM',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//Connector//Meeting goal worksheet//EN');
  });

  it('has the day, the stable UID, DTSTAMP from the clock and a reminder on the day', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('UID:follow-up-m3x9k2-a81f@connector');
    expect(lines).toContain('DTSTAMP:20261122T103000Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270305');
    expect(lines).toContain('DTEND;VALUE=DATE:20270306');
    expect(lines).toContain('SUMMARY;LANGUAGE=en:Follow up with Kwame');
    expect(lines).toContain(
      'DESCRIPTION;LANGUAGE=en:Meeting goal: rotations\\, deadlines\\; and more\\n\\nThank them.',
    );
    expect(lines).toContain('ACTION:DISPLAY');
    expect(lines).toContain('TRIGGER;RELATED=START:PT9H');
  });

  it('keeps the UID when made again later, so importing twice updates the same event', () => {
    const later = calendar(event, new Date('2027-01-01T08:00:00Z'));
    const uid = (text: string) => /\r\nUID:(.*)\r\n/.exec(text)![1];
    expect(uid(later)).toBe(uid(ics));
    expect(later).toContain('DTSTAMP:20270101T080000Z');
  });

  it('ends an event on the last day of the year in the next year', () => {
    expect(calendar({ ...event, day: '2027-12-31' }, new Date(0))).toContain('DTEND;VALUE=DATE:20280101');
  });

  it('gives back long, escaped, emoji and right-to-left text exactly once unfolded and unescaped', () => {
    const summary = `${markup} ${emoji} ${rtl}`;
    const description = `${long}\n${markup}\n\n${emoji}`;
    const file = calendar({ ...event, summary, description }, new Date(0));
    expect(file.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
    const lines = unfold(file).split('\r\n');
    const value = (name: string) => lines.find((line) => line.startsWith(`${name};`))!.replace(/^[^:]*:/, '');
    expect(unescapeText(value('SUMMARY'))).toBe(summary);
    expect(unescapeText(value('DESCRIPTION'))).toBe(description);
  });
});
