/**
 * The site's locales and the pure helpers that route between them. No Astro import here, so the
 * helpers run in unit tests and in the browser alike.
 */
export const locales = ['en', 'de', 'fi', 'sv'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language named in itself, as a reader looks for it in a switcher. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fi: 'Suomi',
  sv: 'Svenska',
};

/**
 * The tag handed to `Intl` for dates and numbers. English on this site is British English, so its
 * dates read "1 December 2026", not "December 1, 2026".
 */
export const intlLocales: Record<Locale, string> = { en: 'en-GB', de: 'de-DE', fi: 'fi-FI', sv: 'sv-SE' };

/** Each locale as Open Graph names it (language_TERRITORY): British English, as the site writes. */
export const ogLocales: Record<Locale, string> = {
  en: 'en_GB',
  de: 'de_DE',
  fi: 'fi_FI',
  sv: 'sv_SE',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Splits a site path into its locale and the locale-free rest, e.g. `/de/lessons/x/` ->
 * `{ locale: 'de', rest: '/lessons/x/' }`. A path without a locale prefix has `locale: undefined`.
 */
export function splitLocale(path: string): { locale: Locale | undefined; rest: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  if (match && isLocale(match[1])) return { locale: match[1], rest: match[2] ?? '/' };
  return { locale: undefined, rest: path };
}

/** The path of the same page in another locale: `/de/lessons/x/` + `fi` -> `/fi/lessons/x/`. */
export function localizePath(path: string, locale: Locale): string {
  const { rest } = splitLocale(path);
  return `/${locale}${rest.startsWith('/') ? rest : `/${rest}`}`;
}

/**
 * Picks the first of the reader's preferred languages (`navigator.languages`, most preferred first)
 * that the site has, matching on the primary subtag so `de-AT` and `sv-FI` count; English otherwise.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}
