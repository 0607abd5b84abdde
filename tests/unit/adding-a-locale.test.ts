/**
 * Every step of "Adding a locale" (README.md) for every locale in src/i18n/locales.ts: a locale
 * that lacks one fails here by name, rather than being skipped silently by the tests that loop
 * over the locales.
 *
 * Per-locale files are found by their English twin: wherever content/, src/ or docs/ holds an `en`
 * folder or an `en.<ext>` file, every locale needs the same folder (with the same files) or file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { dictionaries } from '../../src/i18n/index.ts';
import { intlLocales, localeNames, locales, ogLocales } from '../../src/i18n/locales.ts';
import { root } from '../support/dist.ts';

/** Every `en` folder and `en.*` file under the given top folders. */
function englishTwins(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry === 'en') found.push(path);
      else englishTwins(path, found);
    } else if (/^en\.[a-z]+$/.test(entry)) found.push(path);
  }
  return found;
}

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();

const twins = ['content', 'src', 'docs']
  .filter((d) => existsSync(join(root, d)))
  .flatMap((d) => englishTwins(join(root, d)));

describe('adding a locale', () => {
  it('finds the per-locale files by their English twin', () => {
    const places = twins.map((t) => relative(root, t));
    expect(places).toContain('src/i18n/ui/en');
    expect(places).toContain('content/lessons/en');
    expect(places).toContain('content/cast/en.yaml');
  });

  for (const locale of locales) {
    it(`${locale}: named, with an Intl tag, in the Astro config`, () => {
      expect(localeNames[locale]).toBeTruthy();
      expect(intlLocales[locale]).toMatch(new RegExp(`^${locale}-[A-Z]{2}$`));
      expect(ogLocales[locale]).toBe(intlLocales[locale].replace('-', '_'));
      expect(config.i18n?.locales).toContain(locale);
    });

    it(`${locale}: a dictionary`, () => {
      expect(dictionaries[locale]).toBeDefined();
    });

    it(`${locale}: every per-locale folder and file that English has`, () => {
      const missing: string[] = [];
      for (const twin of twins) {
        const other = twin.replace(/([/\\])en(\.[a-z]+)?$/, `$1${locale}$2`);
        if (!existsSync(other)) missing.push(relative(root, other));
        else if (statSync(twin).isDirectory()) {
          const have = new Set(files(other));
          for (const file of files(twin)) if (!have.has(file)) missing.push(relative(root, join(other, file)));
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
