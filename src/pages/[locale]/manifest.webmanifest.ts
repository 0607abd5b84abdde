/**
 * The web app manifest of a locale, so a phone can install the site in the reader's language: the
 * app opens on that locale's home page and stays within its pages (the scope of its service
 * worker). Icons are drawn from public/favicon.svg by src/integrations/images.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, ui, type Locale } from '../../i18n/index.ts';
import { icons } from '../../lib/images.ts';
import { href, localeHref } from '../../lib/urls.ts';

export const getStaticPaths: GetStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

/** The page background of each theme (global.css `--bg`), shown while the app starts. */
const background = '#fbfaf7';
/** The header's colour in the light theme (`--surface`), as the `theme-color` of the pages. */
const theme = '#ffffff';

export function manifest(locale: Locale) {
  const t = ui(locale);
  return {
    id: localeHref(locale),
    name: `${t.site.name}: ${t.site.tagline}`,
    short_name: t.site.name,
    description: t.site.description,
    lang: locale,
    dir: 'ltr',
    start_url: localeHref(locale),
    scope: localeHref(locale),
    display: 'standalone',
    background_color: background,
    theme_color: theme,
    icons: icons
      .filter((icon) => !icon.file.includes('apple-touch'))
      .map((icon) => ({
        src: href(`/${icon.file}`),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
  };
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(manifest(params.locale as Locale), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
