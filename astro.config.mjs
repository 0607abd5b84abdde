// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { csp } from './src/integrations/csp.ts';
import { islandProps } from './src/integrations/island-props.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { images } from './src/integrations/images.ts';
import { offline } from './src/integrations/offline.ts';
import { headers } from './src/integrations/headers.ts';
import { chunks } from './src/integrations/chunks.ts';
import { hyphenateMdx } from './src/lib/hyphenate-mdx.ts';
import { themeInitCode } from './src/scripts/theme-init.mjs';
import { notFoundInitCode } from './src/scripts/not-found-init.mjs';

// The four locales; src/i18n/locales.ts holds the same list for the pages and is checked against
// this one by a unit test, since the config is loaded before TypeScript modules can be shared.
const locales = ['en', 'de', 'fi', 'sv'];

export default defineConfig({
  // Canonical links and the sitemap need absolute URLs. Set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://connector.example',
  // A deploy under a sub-path: BASE_PATH=/connector/ (or `astro build --base /connector/`). Every
  // internal URL is built from it by src/lib/urls.ts.
  base: process.env.BASE_PATH || '/',
  build: { format: 'directory' },
  i18n: {
    locales,
    defaultLocale: 'en',
    // Every page lives under its locale, English included; `/` is a language chooser, not a redirect.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Lessons have no code to highlight, and Shiki's inline styles would need 'unsafe-inline'.
  // Hyphenation of lessons and pages happens at build time, in the page's language (see
  // src/lib/hyphenate.ts): Astro's own Markdown processor with one hast step added.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [hyphenateMdx] }) },
  integrations: [
    mdx(),
    react(),
    // Vite's preload helper is left out of the islands' code (see the file).
    chunks(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', de: 'de', fi: 'fi', sv: 'sv' } },
      // Only the localized pages: the chooser and the error page are not content to be indexed. The
      // test looks for a locale segment, so it holds under any base.
      filter: (page) => locales.some((locale) => new URL(page).pathname.includes(`/${locale}/`)),
    }),
    // In this order: islands' props are moved out of the pages and each page's policy is narrowed
    // to its own hashes before anything reads the pages, the service workers precache the search
    // index and the icons written before them, and _headers gives every file written before it
    // its caching rule.
    islandProps(),
    csp(),
    pagefind(),
    images(),
    offline(),
    headers(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its search engine from WebAssembly; nothing else needs an exception.
      // Astro hashes its bundled scripts itself; the hashes of the two inline scripts (the theme,
      // and the 404 page's language) are added here.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [
          `sha256-${createHash('sha256').update(themeInitCode).digest('base64')}`,
          `sha256-${createHash('sha256').update(notFoundInitCode).digest('base64')}`,
        ],
      },
    },
  },
  // No telemetry, no prefetching of other origins; keep dev and preview on the loopback address.
  server: { host: '127.0.0.1' },
  // The search is built as a module of its own and loaded on first use (src/scripts/search-boot.ts).
  vite: {
    worker: { format: 'es' },
    build: {
      // Astro writes a stylesheet under this size into the page rather than link it. The islands'
      // own (a builder's 4.2 KB, the worksheet's 5.9 KB) go in: linked, each was a second
      // render-blocking request on a tool page's first visit, about 150 ms on a slow network. The
      // site's stylesheet (13.6 KB) stays one file, cached from page to page; scripts keep Vite's
      // default of 4 KB.
      assetsInlineLimit: (file, content) => (file.endsWith('.css') ? content.length < 8 * 1024 : undefined),
    },
  },
});
