import { describe, expect, it } from 'vitest';
import { hyphenate, hyphenateAll } from './hyphenate.ts';
import { contentLocale } from './hyphenate-mdx.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from './soft-hyphens.ts';

/** Soft hyphens made visible, for readable expectations. */
const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '·');

describe('hyphenation by language', () => {
  it('breaks long compounds at their syllables', () => {
    expect(shown(hyphenate('Kennenlerngespräch', 'de'))).toBe('Ken·nen·lern·ge·spräch');
    expect(shown(hyphenate('Kontaktanfrage', 'de'))).toBe('Kon·takt·an·frage');
    expect(shown(hyphenate('verkostoitumistapaamiseen', 'fi'))).toBe('ver·kos·toi·tu·mis·ta·paa·mi·seen');
    expect(shown(hyphenate('kontaktförfrågan', 'sv'))).toBe('kon·takt·för·frå·gan');
    expect(shown(hyphenate('reconnecting', 'en'))).toBe('re·con·nect·ing');
  });

  it('uses each language’s own rules for the same letters', () => {
    // The same string hyphenates differently as German and as English.
    expect(hyphenate('Information', 'de')).not.toBe(hyphenate('information', 'en'));
  });

  it('takes in Finnish only the breaks both pattern sets agree on', () => {
    // The standard patterns alone give "os·a·puol·ten", the school patterns "yh·tey·de·not·to".
    expect(shown(hyphenate('osapuolten', 'fi'))).toBe('osa·puol·ten');
    expect(shown(hyphenate('yhteydenottopyyntö', 'fi'))).not.toContain('de·not');
    // Each break taken is a true one (läh-de-ar-tik-ke-li); the one inside "dear" is missed.
    expect(shown(hyphenate('lähdeartikkeli', 'fi'))).toBe('läh·dear·tik·keli');
  });

  it('fixes the Swedish compounds whose linking s the patterns miss', () => {
    expect(shown(hyphenate('nätverksträff', 'sv'))).toBe('nät·verks·träff');
  });

  it('keeps punctuation, spacing and text around the words exactly', () => {
    const text = '„Netzwerktreffen“ (Kontaktanfrage), gut?\n  Ja.';
    expect(withoutSoftHyphens(hyphenate(text, 'de'))).toBe(text);
    expect(shown(hyphenate(text, 'de'))).toBe('„Netz·werk·tref·fen“ (Kon·takt·an·frage), gut?\n  Ja.');
  });

  it('leaves URLs, e-mail addresses, numbers, code and brands whole', () => {
    const untouched = [
      'https://example.com/netzwerktreffen-planen',
      'www.kontaktanfragen.example',
      'anna.schmidt@beispielunternehmen.de',
      '12.03.2026',
      '1234567890',
      'Q4/2026',
      'kontakt_anfrage_vorlage',
      'LinkedIn',
      'LinkedInissä',
      'WORKSHOPTERMINE',
      '@netzwerkerin',
    ];
    for (const word of untouched) expect(hyphenate(word, 'de'), word).toBe(word);
    expect(hyphenate('Mail an anna.schmidt@beispielunternehmen.de', 'de')).toContain(
      'anna.schmidt@beispielunternehmen.de',
    );
  });

  it('leaves names whole: short capitalised words, and capitalised words inside a sentence', () => {
    expect(hyphenate('Katharina', 'de')).toBe('Katharina');
    expect(hyphenate('Margaret Thompson wrote.', 'en')).toBe('Margaret Thompson wrote.');
    expect(hyphenate('Tapasin Kristiinankaupungissa Mikon.', 'fi')).toBe('Tapasin Kristiinankaupungissa Mikon.');
    expect(hyphenate('Connector', 'en')).toBe('Connector');
    // At the start of a sentence a long capitalised word is an ordinary word.
    expect(shown(hyphenate('Verkostoitumistapaaminen alkaa.', 'fi'))).toMatch(/^Ver·kos/);
    expect(shown(hyphenate('Hyvä. Verkostoitumistapaaminen', 'fi'))).toContain('Ver·kos');
    expect(hyphenate('Verkostoitumistapaaminen', 'fi', { startsSentence: false })).toBe('Verkostoitumistapaaminen');
    // German capitalises every noun: long capitalised compounds are hyphenated anywhere.
    expect(shown(hyphenate('das Gesprächsziel', 'de'))).toBe('das Ge·sprächs·ziel');
  });

  it('hyphenates each part of a compound written with hyphens', () => {
    expect(shown(hyphenate('Kontaktanfrage-Vorlage', 'de'))).toBe('Kon·takt·an·frage-Vorlage');
    expect(hyphenate('E-Mail-Adresse', 'de')).toBe('E-Mail-Adresse');
  });

  it('leaves words under ten letters whole: they fit any line, and each soft hyphen costs bytes', () => {
    expect(hyphenate('important meetings', 'en')).toBe('important meetings');
    expect(hyphenate('Kontakte', 'de')).toBe('Kontakte');
    expect(hyphenate('verkosto', 'fi')).toBe('verkosto');
    expect(shown(hyphenate('introductions', 'en'))).toBe('in·tro·duc·tions');
  });

  it('never carries fewer than three letters to the next line, but may end one with a prefix', () => {
    for (const [word, locale] of [
      ['Kontaktanfrage', 'de'],
      ['verkostoitumistapaamiseen', 'fi'],
      ['lähdeartikkeli', 'fi'],
      ['nätverksmötet', 'sv'],
      ['recommendation', 'en'],
    ] as const) {
      const last = shown(hyphenate(word, locale)).split('·').at(-1)!;
      expect(last.length, word).toBeGreaterThanOrEqual(3);
    }
    expect(shown(hyphenate('das Gesprächsziel', 'de'))).toBe('das Ge·sprächs·ziel');
  });

  it('leaves short words and text already hyphenated alone', () => {
    expect(hyphenate('Hallo du', 'de')).toBe('Hallo du');
    expect(hyphenate(`Kon${SOFT_HYPHEN}taktanfrage`, 'de')).toBe(`Kon${SOFT_HYPHEN}taktanfrage`);
    expect(hyphenate('', 'fi')).toBe('');
  });

  it('strips every soft hyphen again', () => {
    const text = 'Ver\u00ADkos\u00ADtoi\u00ADtu\u00ADmi\u00ADnen';
    expect(withoutSoftHyphens(text)).toBe('Verkostoituminen');
    expect(withoutSoftHyphens(hyphenate('Kontaktanfrage schreiben', 'de'))).toBe('Kontaktanfrage schreiben');
  });
});

describe('the language of a content file', () => {
  it('is the folder under its collection', () => {
    expect(contentLocale('/site/content/lessons/fi/introductions.mdx')).toBe('fi');
    expect(contentLocale('C:\\site\\content\\pages\\sv\\start.mdx')).toBe('sv');
    expect(contentLocale('/site/src/pages/about.mdx')).toBeUndefined();
    expect(contentLocale('/site/content/lessons/xx/a.mdx')).toBeUndefined();
  });
});

describe('hyphenating an island’s strings', () => {
  it('hyphenates every string and keeps the shape, numbers and skipped keys', () => {
    const strings = {
      check: 'Kontaktanfrage prüfen',
      counts: { one: '{count} Kontaktanfrage', other: '{count} Kontaktanfragen' },
      list: ['Netzwerktreffen'],
      limit: 300,
      subjectLabel: 'Gesprächsanfrage',
    };
    const result = hyphenateAll(strings, 'de', ['subjectLabel']);
    expect(shown(result.check)).toBe('Kon·takt·an·frage prüfen');
    expect(shown(result.counts.other)).toBe('{count} Kon·takt·an·fra·gen');
    expect(shown(result.list[0]!)).toBe('Netz·werk·tref·fen');
    expect(result.limit).toBe(300);
    expect(result.subjectLabel).toBe('Gesprächsanfrage');
    expect(withoutSoftHyphens(JSON.stringify(result))).toBe(JSON.stringify(strings));
  });
});
