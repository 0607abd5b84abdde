import { describe, expect, it } from 'vitest';
import { isLocale, localizePath, preferredLocale, splitLocale, locales } from '../../src/i18n/locales.ts';
import config from '../../astro.config.mjs';

describe('locale routing', () => {
  it('has the same locales as the Astro config, default first', () => {
    expect(config.i18n?.locales).toEqual([...locales]);
    expect(config.i18n?.defaultLocale).toBe(locales[0]);
  });

  it('splits a path into locale and rest', () => {
    expect(splitLocale('/de/lessons/introductions/')).toEqual({ locale: 'de', rest: '/lessons/introductions/' });
    expect(splitLocale('/fi/')).toEqual({ locale: 'fi', rest: '/' });
    expect(splitLocale('/sv')).toEqual({ locale: 'sv', rest: '/' });
    expect(splitLocale('/')).toEqual({ locale: undefined, rest: '/' });
    expect(splitLocale('/xx/page/')).toEqual({ locale: undefined, rest: '/xx/page/' });
    expect(splitLocale('/english/')).toEqual({ locale: undefined, rest: '/english/' });
  });

  it('maps a page to the same page in another locale', () => {
    expect(localizePath('/de/lessons/introductions/', 'fi')).toBe('/fi/lessons/introductions/');
    expect(localizePath('/en/', 'sv')).toBe('/sv/');
    expect(localizePath('/sv/glossary/', 'en')).toBe('/en/glossary/');
    expect(localizePath('/', 'de')).toBe('/de/');
  });

  it('picks the first preferred language the site has, by primary subtag', () => {
    expect(preferredLocale(['de-AT', 'en'])).toBe('de');
    expect(preferredLocale(['fr-FR', 'sv-FI', 'fi'])).toBe('sv');
    expect(preferredLocale(['FI'])).toBe('fi');
    expect(preferredLocale(['fr', 'es'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });

  it('recognises only the four locales', () => {
    expect(locales.every(isLocale)).toBe(true);
    expect(isLocale('no')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
