/**
 * What each locale's service worker keeps for offline reading, and how it is built. Pure data and
 * functions, so the build (src/integrations/offline.ts), the benchmark and the tests share them.
 *
 * One worker per locale, at `/<locale>/sw.js` with the scope `/<locale>/` (under the base): a
 * reader of the German pages precaches the German pages, the shared styles and scripts, and the
 * German search index, and nothing of the other three languages until they open one of its pages,
 * whose own worker then does the same for that language. Each worker has its own cache (`cacheId`),
 * so a new deploy of one language replaces that cache alone.
 */
import type { GenerateSWOptions } from 'workbox-build';
import type { Locale } from '../i18n/locales.ts';

/** The worker's file and scope, as site paths (put the base in front with `href()`). */
export const workerPath = (locale: Locale) => `/${locale}/sw.js`;
export const workerScope = (locale: Locale) => `/${locale}/`;

/**
 * The files of dist/ a locale's worker precaches (globs relative to dist/): every page of the
 * locale with its islands' props files and its web app manifest, all of the site's bundled styles and scripts (islands
 * included: a lesson's quiz and the tools hydrate from the cache), the icons, and Pagefind's
 * script, entry, this language's wasm, metadata, index chunks and fragments. Pagefind's UI bundles,
 * its web worker (the search runs without it) and the other languages' files are left out.
 */
export function precachePatterns(locale: Locale): string[] {
  return [
    `${locale}/**/*.html`,
    // The props of a lesson's quiz, which the build moves out of the page (src/lib/island-props.ts).
    `${locale}/**/*.props.json`,
    `${locale}/manifest.webmanifest`,
    '_astro/**/*.{js,css}',
    'icons/*.png',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    `pagefind/wasm.${locale}.pagefind`,
    `pagefind/pagefind.${locale}_*.pf_meta`,
    `pagefind/index/${locale}_*.pf_index`,
    `pagefind/fragment/${locale}_*.pf_fragment`,
  ];
}

/**
 * Files whose names carry a hash of their content: Astro's bundles and Pagefind's metadata, index
 * and fragments. The worker fetches them without a revision parameter, and hosts may cache them
 * for a year (see src/lib/headers.ts).
 */
export const hashedFile =
  /(^|\/)(_astro\/.+|pagefind\/(index|fragment)\/[^/]+|pagefind\/pagefind\.[a-z]+_[0-9a-f]+\.pf_meta)$/;

/**
 * `generateSW` options for one locale. `base` is Astro's base (`/` or `/connector/`); `dist` the
 * directory the site was built into.
 */
export function workerOptions(dist: string, locale: Locale, base: string): GenerateSWOptions {
  const prefix = `${base.replace(/\/+$/, '')}/`;
  return {
    globDirectory: dist,
    globPatterns: precachePatterns(locale),
    swDest: `${dist.replace(/\/+$/, '')}${workerPath(locale)}`,
    // Workbox resolves manifest URLs against the worker's own address (/en/sw.js): make them
    // absolute, base included, so `en/index.html` is `/connector/en/index.html`, not `/en/en/…`.
    modifyURLPrefix: { '': prefix },
    dontCacheBustURLsMatching: /\/_astro\/|\.pf_(meta|index|fragment)$/,
    cacheId: `connector-${locale}`,
    // One self-contained file per locale: no runtime chunk shared between scopes.
    inlineWorkboxRuntime: true,
    // A new worker waits until the reader chooses "Reload" (it then posts SKIP_WAITING, which
    // generateSW handles), so a page never runs with half old and half new files. Once active, it
    // takes the open pages at once, so search keeps working if the connection drops in this visit.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // `/en/lessons/x/` is `en/lessons/x/index.html`; `?q=` (search) and `?decision=` (the reply
    // builder) and Pagefind's `?ts=` select nothing on the server, so every query is ignored.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // No runtime caching: nothing outside the precache, and nothing of another origin, is stored.
    runtimeCaching: [],
    navigationPreload: false,
    mode: 'production',
    sourcemap: false,
    disableDevLogs: true,
  };
}
