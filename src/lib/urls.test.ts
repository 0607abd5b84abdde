import { describe, expect, it } from 'vitest';
import { urlsFor, href } from './urls.ts';

describe('internal URLs from the base', () => {
  it('leaves site paths alone at the root of a domain', () => {
    for (const base of ['/', '']) {
      const urls = urlsFor(base);
      expect(urls.base).toBe('');
      expect(urls.href('/en/glossary/')).toBe('/en/glossary/');
      expect(urls.localeHref('de')).toBe('/de/');
      expect(urls.sitePath('/fi/lessons/x/')).toBe('/fi/lessons/x/');
    }
    // Vitest runs with Vite's default base, as a build without one does.
    expect(href('/pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });

  it('puts a sub-path in front of every link, written with or without its slashes', () => {
    for (const base of ['/connector/', '/connector', 'connector/', '//connector//']) {
      const urls = urlsFor(base);
      expect(urls.base).toBe('/connector');
      expect(urls.href('/')).toBe('/connector/');
      expect(urls.href('/en/glossary/')).toBe('/connector/en/glossary/');
      expect(urls.href('/pagefind/pagefind.js')).toBe('/connector/pagefind/pagefind.js');
      expect(urls.localeHref('sv', '/lessons/introductions/#lesson-quiz')).toBe(
        '/connector/sv/lessons/introductions/#lesson-quiz',
      );
      expect(urls.localeHref('en', '/tools/intro-reply/?decision=decline')).toBe(
        '/connector/en/tools/intro-reply/?decision=decline',
      );
      expect(urls.localeHref('fi', 'start/')).toBe('/connector/fi/start/');
    }
  });

  it('takes the base off a browser path, and only a whole segment of it', () => {
    const urls = urlsFor('/connector/');
    expect(urls.sitePath('/connector/de/lessons/x/')).toBe('/de/lessons/x/');
    expect(urls.sitePath('/connector/')).toBe('/');
    expect(urls.sitePath('/connector')).toBe('/');
    expect(urls.sitePath('/connectors/de/')).toBe('/connectors/de/');
    expect(urls.sitePath('/de/')).toBe('/de/');
  });

  it('makes absolute addresses under the base for canonical links and sharing', () => {
    const urls = urlsFor('/connector/');
    expect(urls.absoluteUrl('/en/', 'https://example.org')).toBe('https://example.org/connector/en/');
    expect(urls.absoluteUrl('/', new URL('https://example.org/'))).toBe('https://example.org/connector/');
  });

  it('refuses what is not a site path or a locale, instead of writing a broken link', () => {
    const urls = urlsFor('/connector/');
    expect(() => urls.href('en/glossary/')).toThrow(/site path/);
    expect(() => urls.href('//evil.example/')).toThrow(/site path/);
    expect(() => urls.localeHref('xx' as 'en')).toThrow(/locale/);
  });
});
