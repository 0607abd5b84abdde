/** Checks over the built site: routes, language metadata, links, validity, CSP, search index. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { attributes, dist, ids, lessonSlugs, pages, root, site } from '../support/dist.ts';
import { locales } from '../../src/i18n/locales.ts';
import { inlineCode } from '../../src/lib/csp.ts';
const all = pages();
const byPath = new Map(all.map((page) => [page.path, page]));
const localized = all.filter((page) => (locales as readonly string[]).includes(page.path.split('/')[1]!));

describe('routes', () => {
  it('has every page in all four locales', () => {
    const expected = ['/', '/start/', '/glossary/', '/search/', ...lessonSlugs().map((slug) => `/lessons/${slug}/`)];
    for (const locale of locales) {
      for (const path of expected) expect(byPath.has(`/${locale}${path}`), `/${locale}${path}`).toBe(true);
    }
    expect(lessonSlugs().length).toBeGreaterThanOrEqual(5);
  });

  it('has the same pages in every locale, both ways', () => {
    const rest = (locale: string) => localized.filter((p) => p.path.startsWith(`/${locale}/`)).map((p) => p.path.slice(3)).sort();
    for (const locale of locales) expect(rest(locale)).toEqual(rest('en'));
  });

  it('has a language chooser at / and a 404 page, without a redirect', () => {
    const chooser = byPath.get('/')!.html;
    for (const locale of locales) expect(attributes(chooser, 'a', 'href')).toContain(`/${locale}/`);
    expect(chooser).not.toMatch(/http-equiv="refresh"/);
    expect(byPath.has('/404.html')).toBe(true);
  });
});

describe('language metadata', () => {
  for (const page of localized) {
    it(`${page.path}: lang, canonical and hreflang alternates`, () => {
      const locale = page.path.split('/')[1]!;
      expect(page.html).toMatch(new RegExp(`<html lang="${locale}"`));
      const links = [...page.html.matchAll(/<link rel="(canonical|alternate)"(?: hreflang="([^"]+)")? href="([^"]+)"/g)];
      const canonical = links.find((l) => l[1] === 'canonical');
      expect(canonical?.[3]).toBe(`${site}${page.path}`);
      const alternates = Object.fromEntries(links.filter((l) => l[1] === 'alternate').map((l) => [l[2], l[3]]));
      for (const other of locales) {
        const target = page.path.replace(/^\/\w\w\//, `/${other}/`);
        expect(alternates[other]).toBe(`${site}${target}`);
        expect(byPath.has(target), `${target} exists`).toBe(true);
      }
      expect(alternates['x-default']).toBe(`${site}/`);
    });
  }
});

describe('links', () => {
  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const page of all) {
      for (const href of [...attributes(page.html, 'a', 'href'), ...attributes(page.html, 'link', 'href')]) {
        if (/^(https?:|mailto:|data:)/.test(href)) continue;
        const url = new URL(href, `http://local${page.path}`);
        const targetPath = url.pathname;
        const target = byPath.get(targetPath) ?? (existsSync(join(dist, targetPath)) ? { html: '' } : undefined);
        if (!target) {
          broken.push(`${page.path} -> ${href}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !ids(target.html).has(anchor)) broken.push(`${page.path} -> ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    for (const page of all) {
      const loaded = [
        ...attributes(page.html, 'script', 'src'),
        ...attributes(page.html, 'img', 'src'),
        ...attributes(page.html, 'link', 'href').filter((href) => !href.startsWith(site)),
      ];
      // A `data:` URL (the favicon) is part of the page itself.
      for (const url of loaded) expect(url, page.path).toMatch(/^(\/(?!\/)|data:)/);
    }
  });
});

const astroIslandPrelude = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('HTML validity', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro minifies the markup: attribute and whitespace style are its choice, not ours.
      'attribute-boolean-style': 'off',
      'no-trailing-whitespace': 'off',
      'void-style': 'off',
      // React writes a server-rendered island's attributes by their prop names (`noValidate`,
      // `autoComplete`); HTML reads attribute names in any case.
      'attr-case': 'off',
      // Astro's CSP feature writes the policy as a <meta> at build time; that is its documented way.
      'no-inline-style': 'off',
      // Heading ids come from the headings; HTML allows ids that start with a digit ("5-offer-help").
      'valid-id': ['error', { relaxed: true }],
    },
  });

  for (const page of all) {
    it(`${page.path} is valid HTML`, async () => {
      // Astro writes this one <style> into <body> before the first island of a page; it is Astro's
      // own output (not ours to move), so it is the one thing left out of the check.
      const html = page.html.replace(astroIslandPrelude, '');
      const report = await validator.validateString(html, page.path);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});

describe('Content Security Policy', () => {
  for (const page of all) {
    it(`${page.path} has a strict policy`, () => {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)?.[1];
      expect(policy, 'CSP meta').toBeDefined();
      const directives = Object.fromEntries(policy!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)]));
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      const scripts = directives['script-src'] ?? [];
      expect(scripts).toContain("'self'");
      expect(scripts.filter((s: string) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy).not.toContain('unsafe-inline');
      // The policy <meta> comes before every script, so it governs them all.
      expect(page.html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(page.html.search(/<script/) === -1 ? Infinity : page.html.search(/<script/));
    });
  }

  it('allows each page exactly its own inline scripts and styles, by hash (src/lib/csp.ts)', () => {
    const wrong: string[] = [];
    for (const page of all) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)![1]!;
      const allowed = [...policy.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]!).sort();
      const own = [...new Set(inlineCode(page.html).map((code) => createHash('sha256').update(code).digest('base64')))].sort();
      if (allowed.join() !== own.join()) wrong.push(`${page.path}: allows ${allowed.length} hashes, inlines ${own.length}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('search index, sitemap and robots', () => {
  it('has a Pagefind index for each language', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number; hash: string }>;
    };
    // Lessons, the start page, the glossary, the four tools and the quiz pages (all quizzes but
    // the lessons' own, which end their lessons).
    const quizPages = readdirSync(join(root, 'content/quizzes/en')).filter((f) => !f.startsWith('lesson-')).length;
    const expectedPages = lessonSlugs().length + 2 + 4 + quizPages;
    for (const locale of locales) {
      expect(entry.languages[locale]?.page_count, locale).toBe(expectedPages);
      expect(existsSync(join(dist, `pagefind/wasm.${locale}.pagefind`)), `wasm for ${locale}`).toBe(true);
    }
  });

  it('knows an example message by its label, and a glossary term apart from its definition', () => {
    const fragments = readdirSync(join(dist, 'pagefind/fragment')).map((file) => {
      const text = gunzipSync(readFileSync(join(dist, 'pagefind/fragment', file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
    const content = (url: string) => fragments.find((f) => f.url === url)!.content;
    for (const locale of locales) {
      const lesson = byPath.get(`/${locale}/lessons/introductions/`)!.html.replaceAll('\u00AD', '');
      const labels = [...lesson.matchAll(/<figcaption class="example__label">(?:<span[^>]*>[^<]*<\/span>)?([^<]+)</g)];
      const messages = [...lesson.matchAll(/data-example-text[^>]*><p>([^<]+)<\/p><p>([^<]+)</g)];
      expect(labels.length, locale).toBeGreaterThan(1);
      expect(messages.length, locale).toBe(labels.length);
      for (const [, label] of labels) expect(content(`/${locale}/lessons/introductions/`)).toContain(label!.trim());
      for (const [, , line] of messages) expect(content(`/${locale}/lessons/introductions/`)).not.toContain(line);
      const glossary = byPath.get(`/${locale}/glossary/`)!.html.replaceAll('\u00AD', '');
      const [, term, definition] = /<dfn>([^<]+)<\/dfn><\/dt> ?<dd>([^<]+)<\/dd>/.exec(glossary)!;
      expect(content(`/${locale}/glossary/`)).toContain(`${term} ${definition!.split(' ')[0]}`);
    }
  });

  it('has a sitemap with language alternates and a robots.txt that points to it', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const locale of locales) {
      expect(sitemap).toContain(`<loc>${site}/${locale}/lessons/introductions/</loc>`);
      expect(sitemap).toContain(`hreflang="${locale}" href="${site}/${locale}/lessons/introductions/"`);
    }
    expect(sitemap).not.toContain('/404');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });
});

describe("a lesson's quiz", () => {
  const lessons = localized.filter((page) => page.path.includes('/lessons/'));
  const count = (html: string, text: string) => html.split(text).length - 1;

  it('is in the HTML twice, its props in a file beside the page (src/lib/island-props.ts)', () => {
    expect(lessons.length).toBe(locales.length * lessonSlugs().length);
    for (const page of lessons) {
      const island = /<astro-island\b[^>]*>/.exec(page.html)![0];
      expect(island, page.path).not.toContain(' props=');
      const opts = JSON.parse(/ opts="([^"]*)"/.exec(island)![1]!.replaceAll('&quot;', '"')) as {
        value: { props: string };
      };
      expect(opts.value.props).toBe(`${page.path}quiz.props.json`);
      const props = JSON.parse(readFileSync(join(dist, opts.value.props), 'utf8')) as {
        quiz: [0, { questions: [1, Array<[0, { scenario: [0, string] }]>] }];
      };
      const questions = props.quiz[1].questions[1].map(([, question]) => question.scenario[1]);
      expect(questions.length, page.path).toBeGreaterThan(1);
      // The first question: in the static quiz and the island's first render; the others only in
      // the static quiz for readers without JavaScript.
      expect(count(page.html, questions[0]!), page.path).toBe(2);
      for (const scenario of questions.slice(1)) expect(count(page.html, scenario), page.path).toBe(1);
    }
  });
});
