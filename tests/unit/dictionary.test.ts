import { describe, expect, it } from 'vitest';
import { dictionaries, format, plural, languageName, formatDate } from '../../src/i18n/index.ts';

/** Every key path of a dictionary, e.g. `search.results.one`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as object).flatMap(leaves);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  const reference = keyPaths(dictionaries.en).sort();

  for (const [locale, dictionary] of Object.entries(dictionaries)) {
    it(`${locale} has exactly the keys of English`, () => {
      expect(keyPaths(dictionary).sort()).toEqual(reference);
    });

    it(`${locale} uses the same placeholders as English in every string`, () => {
      const flat = (d: object) =>
        Object.fromEntries(keyPaths(d).map((path) => [path, path.split('.').reduce<any>((o, k) => o[k], d)]));
      const ours = flat(dictionary);
      for (const [path, english] of Object.entries(flat(dictionaries.en))) {
        expect(placeholders(ours[path]), `${locale}: ${path}`).toEqual(placeholders(english));
      }
    });

    it(`${locale} has no empty string`, () => {
      for (const text of leaves(dictionary)) expect(text.trim()).not.toBe('');
    });
  }

  it('keeps English out of the other locales', () => {
    // Strings that may be the same in every language: the brand and a few loanwords.
    const shared = new Set(['Connector', 'System', 'Quiz']);
    const english = new Map(
      keyPaths(dictionaries.en).map((p) => [p, p.split('.').reduce<any>((o, k) => o[k], dictionaries.en)]),
    );
    for (const locale of ['de', 'fi', 'sv'] as const) {
      for (const [path, text] of english) {
        const translated = path.split('.').reduce<any>((o, k) => o[k], dictionaries[locale]);
        if (!shared.has(text)) expect(translated, `${locale}: ${path} is still English`).not.toBe(text);
      }
    }
  });
});

describe('formatting helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{count} of {total}', { count: 3, total: 8 })).toBe('3 of 8');
    expect(format('Hello {name}', {})).toBe('Hello {name}');
    expect(format('{Reason}.', { reason: 'ich wechsle' })).toBe('Ich wechsle.');
    expect(format('{Name}', { Name: 'as given', name: 'other' })).toBe('as given');
  });

  it('chooses plural forms per locale', () => {
    const forms = dictionaries.en.lesson.readingTime;
    expect(plural('en', forms, 1)).toBe('1 minute read');
    expect(plural('en', forms, 4)).toBe('4 minutes read');
    expect(plural('de', dictionaries.de.lesson.readingTime, 1)).toBe('1 Minute Lesezeit');
    expect(plural('fi', dictionaries.fi.lesson.readingTime, 2)).toBe('Lukuaika 2 minuuttia');
    expect(plural('sv', dictionaries.sv.lesson.readingTime, 5)).toBe('5 minuters läsning');
  });

  it('names languages and dates in the reader’s language', () => {
    expect(languageName('de', 'fi')).toBe('saksa');
    expect(languageName('sv', 'de')).toBe('Schwedisch');
    const date = new Date('2026-11-22T00:00:00Z');
    expect(formatDate(date, 'en')).toBe('22 November 2026');
    expect(formatDate(date, 'de')).toBe('22. November 2026');
    expect(formatDate(date, 'fi')).toBe('22. marraskuuta 2026');
    expect(formatDate(date, 'sv')).toBe('22 november 2026');
  });
});
