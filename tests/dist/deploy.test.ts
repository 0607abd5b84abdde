/**
 * Checks over both builds of `npm test`, at the root (dist/) and under /connector/ (dist-base/):
 * every URL carries the base, share cards and manifests are complete, each locale's service
 * worker precaches exactly its language, and _headers agrees with the pages' own policy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributes, dist, distBase, ids, pages, site } from '../support/dist.ts';
import { locales, ogLocales } from '../../src/i18n/locales.ts';
import { headerPolicy, headersFor, immutable, metaPolicy, parseCsp, parseHeaders } from '../../src/lib/headers.ts';
import { hashedFile, precachePatterns } from '../../src/lib/offline.ts';
import { icons, shareCard } from '../../src/lib/images.ts';

const builds = [
  { name: 'at the root', dir: dist, base: '' },
  { name: 'under /connector/', dir: distBase, base: '/connector' },
];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

const meta = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe.each(builds)('the build $name', ({ dir, base }) => {
  const all = pages(dir);
  const byPath = new Map(all.map((page) => [page.path, page]));
  const localized = all.filter((page) => /^\/(en|de|fi|sv)\//.test(page.path));
  const files = filesOf(dir);
  const absolute = `${site}${base}`;

  it('links, loads and submits only under the base, and every target exists', () => {
    const wrong: string[] = [];
    for (const page of all) {
      const urls = [
        ...attributes(page.html, 'a', 'href'),
        ...attributes(page.html, 'link', 'href'),
        ...attributes(page.html, 'script', 'src'),
        ...attributes(page.html, 'img', 'src'),
        ...attributes(page.html, 'form', 'action'),
        ...attributes(page.html, 'astro-island', 'component-url'),
        ...attributes(page.html, 'astro-island', 'renderer-url'),
        ...attributes(page.html, 'p', 'data-worker'),
        ...attributes(page.html, 'p', 'data-manifest'),
      ];
      for (const url of urls) {
        if (url.startsWith('#') || url.startsWith('mailto:') || url.startsWith('data:')) continue;
        if (/^https?:/.test(url) && !url.startsWith(`${absolute}/`)) {
          wrong.push(`${page.path}: ${url} misses the base`);
          continue;
        }
        // Relative links (the start pages' `../glossary/`) resolve against the page's address.
        const resolved = new URL(url.replace(site, ''), `http://host${base}${page.path}`);
        if (!url.startsWith('/') && !/^https?:/.test(url) && !url.startsWith('.')) wrong.push(`${page.path}: ${url}`);
        if (url.startsWith('/') && !url.startsWith(`${base}/`)) {
          wrong.push(`${page.path}: ${url} misses the base`);
          continue;
        }
        if (!resolved.pathname.startsWith(`${base}/`)) {
          wrong.push(`${page.path}: ${url} leaves the base`);
          continue;
        }
        const rest = resolved.pathname.slice(base.length);
        const anchor = resolved.hash.slice(1);
        const found = byPath.get(rest) ?? (existsSync(join(dir, rest)) ? { html: '' } : undefined);
        if (!found) wrong.push(`${page.path}: ${url} has no file`);
        else if (anchor && found.html && !ids(found.html).has(decodeURIComponent(anchor)))
          wrong.push(`${page.path}: ${url} has no #${anchor}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every localized page canonical, hreflang and Open Graph addresses under the base', () => {
    for (const page of localized) {
      const locale = page.path.split('/')[1] as (typeof locales)[number];
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
      expect(canonical, page.path).toBe(`${absolute}${page.path}`);
      for (const other of locales) {
        const target = page.path.replace(/^\/\w\w\//, `/${other}/`);
        expect(page.html, page.path).toContain(`hreflang="${other}" href="${absolute}${target}"`);
      }
      expect(page.html).toContain(`hreflang="x-default" href="${absolute}/"`);
      expect(meta(page.html, 'og:url')).toEqual([canonical]);
      expect(meta(page.html, 'og:locale')).toEqual([ogLocales[locale]]);
      expect(meta(page.html, 'og:locale:alternate').sort()).toEqual(
        locales.filter((l) => l !== locale).map((l) => ogLocales[l]).sort(),
      );
      expect(meta(page.html, 'og:image')).toEqual([`${absolute}/${locale}/share.png`]);
      // The manifest is linked by src/scripts/offline.ts once the page has loaded, from the footer's note.
      expect(attributes(page.html, 'p', 'data-manifest')).toEqual([`${base}/${locale}/manifest.webmanifest`]);
    }
  });

  it('has Open Graph metadata and both theme colours on every page', () => {
    for (const page of all) {
      const title = /<title>([^<]+)<\/title>/.exec(page.html)?.[1] ?? '';
      const description = meta(page.html, 'description')[0];
      expect(meta(page.html, 'og:site_name'), page.path).toEqual(['Connector']);
      expect(meta(page.html, 'og:title')[0], page.path).toBeTruthy();
      expect(title, page.path).toContain(meta(page.html, 'og:title')[0]);
      expect(meta(page.html, 'og:description'), page.path).toEqual([description]);
      expect(meta(page.html, 'og:type'), page.path).toEqual([page.path.includes('/lessons/') ? 'article' : 'website']);
      expect(meta(page.html, 'og:image')[0], page.path).toMatch(new RegExp(`^${absolute}/(en|de|fi|sv)/share\\.png$`));
      expect(meta(page.html, 'og:image:alt')[0], page.path).toBeTruthy();
      const themes = [...page.html.matchAll(/<meta name="theme-color" content="(#[0-9a-f]{6})" media="([^"]+)"/g)];
      expect(themes.map((m) => m[2]), page.path).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
      expect(themes[0]![1]).not.toBe(themes[1]![1]);
    }
  });

  it('draws a share card per locale and the icons at their sizes', () => {
    for (const locale of locales) expect(pngSize(join(dir, locale, 'share.png'))).toEqual(shareCard);
    for (const icon of icons) expect(pngSize(join(dir, icon.file)), icon.file).toEqual({ width: icon.size, height: icon.size });
  });

  it('has a web app manifest per locale that installs that locale', () => {
    for (const locale of locales) {
      const manifest = JSON.parse(readFileSync(join(dir, locale, 'manifest.webmanifest'), 'utf8'));
      expect(manifest.lang).toBe(locale);
      expect(manifest.name).toContain('Connector');
      expect(manifest.short_name.length).toBeLessThanOrEqual(12);
      expect(manifest.start_url).toBe(`${base}/${locale}/`);
      expect(manifest.scope).toBe(`${base}/${locale}/`);
      expect(manifest.display).toBe('standalone');
      const sizes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
      expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
      for (const icon of manifest.icons) expect(existsSync(join(dir, icon.src.slice(base.length))), icon.src).toBe(true);
    }
  });

  it("gives each locale a worker that precaches exactly that locale's pages, assets and search index", () => {
    // Its pages, and the props of its lessons' quizzes, which the build moves out of the pages.
    const htmlOf = (locale: string) =>
      files.filter((f) => f.startsWith(`${locale}/`) && (f.endsWith('.html') || f.endsWith('.props.json')));
    for (const locale of locales) {
      const worker = readFileSync(join(dir, locale, 'sw.js'), 'utf8');
      const urls = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
      const paths = urls.map((url) => url.slice(base.length + 1));
      expect(urls.every((url) => url.startsWith(`${base}/`)), 'absolute, base included').toBe(true);
      for (const path of paths) expect(files, path).toContain(path);
      expect(paths).toEqual(expect.arrayContaining(htmlOf(locale)));
      for (const other of locales.filter((l) => l !== locale)) {
        expect(paths.filter((p) => p.startsWith(`${other}/`) || p.includes(`/${other}_`) || p.includes(`.${other}.`))).toEqual([]);
      }
      for (const needed of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', `pagefind/wasm.${locale}.pagefind`]) {
        expect(paths).toContain(needed);
      }
      expect(paths.filter((p) => p.startsWith(`pagefind/fragment/${locale}_`)).length).toBe(
        files.filter((f) => f.startsWith(`pagefind/fragment/${locale}_`)).length,
      );
      expect(paths).toEqual(expect.arrayContaining(files.filter((f) => f.startsWith('_astro/'))));
      expect(precachePatterns(locale).length).toBeGreaterThan(0);
      // Nothing of another origin: no URL in it but the one its error message links to.
      expect([...worker.matchAll(/https?:\/\/[^\s"'`]+/g)].map((m) => m[0])).toEqual(['https://bit.ly/wb-precache']);
    }
  });

  it('writes a _headers file whose policy is the pages’ own, plus frame-ancestors', () => {
    const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
    const everything = rules.find((rule) => rule.path === `${base}/*`);
    const header = parseCsp(everything?.headers['Content-Security-Policy'] ?? '');
    expect(header.find(([name]) => name === 'frame-ancestors')?.[1]).toEqual(["'none'"]);
    const withoutFraming = header.filter(([name]) => name !== 'frame-ancestors');
    // Pages differ only in the hashes of what they inline (an island's <style>, a lesson's CSS), so
    // the header is their union: it allows every source any page allows, and nothing else. A
    // browser enforces the header and the <meta> both, so each page still gets exactly its own.
    const names = withoutFraming.map(([name]) => name);
    for (const page of all) {
      const own = parseCsp(metaPolicy(page.html)!);
      expect(own.map(([name]) => name), page.path).toEqual(names);
      for (const [name, sources] of own) {
        const allowed = withoutFraming.find(([n]) => n === name)![1];
        expect(allowed, `${page.path} ${name}`).toEqual(expect.arrayContaining(sources));
      }
    }
    const everySource = new Set(all.flatMap((page) => parseCsp(metaPolicy(page.html)!).flatMap(([n, s]) => s.map((x) => `${n} ${x}`))));
    expect(withoutFraming.flatMap(([n, s]) => s.map((x) => `${n} ${x}`)).filter((x) => !everySource.has(x))).toEqual([]);
    // The build reads the pages in path order; read in that order, they give the same header.
    const inPathOrder = [...all].sort((a, b) => (a.file < b.file ? -1 : 1));
    expect(headerPolicy(inPathOrder.map((page) => metaPolicy(page.html)!))).toBe(
      everything?.headers['Content-Security-Policy'],
    );
    expect(everything?.headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': expect.stringContaining('camera=()'),
    });
  });

  it('caches hashed files for a year and makes pages and workers revalidate, one rule a file', () => {
    const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
    for (const file of files.filter((f) => f !== '_headers')) {
      const url = `${base}/${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;
      const sent = headersFor(rules, url);
      expect(sent['Content-Security-Policy'], url).toBeDefined();
      // A value joined from two rules would read "no-cache, public, ..." and mean neither.
      const expected = hashedFile.test(file) ? immutable : 'no-cache';
      expect(sent['Cache-Control'], url).toBe(expected);
    }
    const of = (path: string) => headersFor(rules, `${base}${path}`)['Cache-Control'];
    expect(of('/en/lessons/introductions/')).toBe('no-cache');
    expect(of('/de/sw.js')).toBe('no-cache');
    expect(of('/pagefind/pagefind-entry.json')).toBe('no-cache');
    expect(of(`/${files.find((f) => f.startsWith('_astro/') && f.endsWith('.js'))}`)).toBe(immutable);
    expect(of(`/${files.find((f) => f.startsWith('pagefind/fragment/'))}`)).toBe(immutable);
  });

  it('keeps the worker registration under a kilobyte of gzip on every page', () => {
    for (const page of localized) {
      const inline = [...page.html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      const registration = inline.filter((code) => code.includes('serviceWorker'));
      expect(registration, page.path).toHaveLength(1);
      expect(gzipSync(registration[0]!, { level: 9 }).length, page.path).toBeLessThanOrEqual(1024);
    }
  });

  it('points robots.txt and the sitemap at addresses under the base', () => {
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${absolute}/sitemap-index.xml`);
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    for (const locale of locales) expect(sitemap).toContain(`<loc>${absolute}/${locale}/lessons/introductions/</loc>`);
    expect(sitemap).not.toContain(`<loc>${absolute}/</loc>`);
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].every((m) => m[1]!.startsWith(`${absolute}/`))).toBe(true);
  });
});
