import { locales, isLocale, type Locale } from '../i18n/locales.ts';

/** Splits a content entry id `<locale>/<slug>` as the glob loaders make it. */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [locale, ...rest] = id.split('/');
  if (!isLocale(locale) || rest.length === 0) {
    throw new Error(`Content entry "${id}" is not under a locale folder (${locales.join(', ')}).`);
  }
  return { locale, slug: rest.join('/') };
}

/**
 * The files that are missing for every locale to have every slug that any locale has, checked both
 * ways, e.g. `content/lessons/fi/reconnecting.mdx`. Empty when the collection is complete.
 */
export function missingEntries(ids: readonly string[], folder: string, extension: string): string[] {
  const present = new Set(ids);
  const slugs = new Set(ids.map((id) => splitEntryId(id).slug));
  const missing: string[] = [];
  for (const slug of [...slugs].sort()) {
    for (const locale of locales) {
      if (!present.has(`${locale}/${slug}`)) missing.push(`${folder}/${locale}/${slug}${extension}`);
    }
  }
  return missing;
}
