/**
 * Every internal URL of the site is built here, from Astro's `base` (`import.meta.env.BASE_URL`),
 * so the same build works at the root of a domain and under a sub-path such as `/connector/`.
 * Components and scripts speak in *site paths*, the address of a page as if the site sat at the
 * root (`/en/glossary/`), and turn them into links with `href()`; nothing writes a root-relative
 * URL by hand. `sitePath()` goes the other way, for `Astro.url.pathname` and `location.pathname`,
 * which carry the base.
 *
 * Vite replaces `import.meta.env.BASE_URL` at build time in pages and in client scripts alike, so
 * this module costs a browser a few bytes. With `trailingSlash: 'ignore'` (Astro's default and
 * ours) the base is written as configured, with or without its final slash; both work here.
 */
import { locales, type Locale } from '../i18n/locales.ts';

export interface Urls {
  /** The base without its final slash: `''` at the root of a domain, `/connector` under one. */
  readonly base: string;
  /** A site path as a link: `/en/glossary/` -> `/connector/en/glossary/`. Query and hash stay. */
  href(path: string): string;
  /** A page of a locale as a link: (`de`, `/lessons/x/`) -> `/connector/de/lessons/x/`. */
  localeHref(locale: Locale, rest?: string): string;
  /** A URL path as the browser or Astro sees it, without the base: `/connector/en/` -> `/en/`. */
  sitePath(pathname: string): string;
  /** The absolute address of a site path, for canonical links, Open Graph and the sitemap. */
  absoluteUrl(path: string, site: URL | string): string;
}

export function urlsFor(configuredBase: string): Urls {
  const base = `/${configuredBase}`.replace(/\/+$/, '').replace(/^\/+/, '/');
  const href = (path: string): string => {
    if (!path.startsWith('/') || path.startsWith('//')) {
      throw new Error(`href() takes a site path that starts with one "/", not "${path}"`);
    }
    return `${base}${path}`;
  };
  return {
    base,
    href,
    localeHref: (locale, rest = '/') => {
      if (!(locales as readonly string[]).includes(locale)) throw new Error(`Not a locale: ${locale}`);
      return href(`/${locale}${rest.startsWith('/') ? rest : `/${rest}`}`);
    },
    sitePath: (pathname) => {
      if (!base) return pathname;
      if (pathname === base) return '/';
      return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
    },
    absoluteUrl: (path, site) => new URL(href(path), site).href,
  };
}

const urls = urlsFor(import.meta.env.BASE_URL);

export const { base, href, localeHref, sitePath, absoluteUrl } = urls;
