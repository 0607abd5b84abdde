/**
 * Build-time hyphenation, checked over the built site: long words in what the pages show carry
 * soft hyphens in each page's language; nothing that leaves the page as data carries one (the
 * head: title, description, links; attributes; the search index and its excerpts); code, URLs,
 * e-mail addresses and the site's name are left whole.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist, pages } from '../support/dist.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';

const all = pages();
const html = (path: string) => all.find((page) => page.path === path)!.html;

describe('hyphenation in the built pages', () => {
  it('puts soft hyphens into the long words of lessons, cards and headings, in each language', () => {
    const has = (path: string, pattern: RegExp) => pattern.test(html(path));
    expect(has('/de/lessons/contact-requests/', /Kon\u00ADtakt\u00ADan\u00ADfra\u00ADge/)).toBe(true);
    expect(has('/sv/lessons/contact-requests/', /kon\u00ADtakt\u00ADför\u00ADfrå\u00ADgan/)).toBe(true);
    for (const locale of ['en', 'de', 'fi', 'sv']) {
      expect(has(`/${locale}/lessons/contact-requests/`, /<h1>[^<]*\u00AD/), `${locale} lesson title`).toBe(true);
      expect(has(`/${locale}/`, /<h3><a [^>]*>[^<]*\u00AD/), `${locale} lesson card`).toBe(true);
    }
    // The words are the same once the soft hyphens are gone.
    expect(withoutSoftHyphens(html('/de/lessons/contact-requests/')).includes('Kontaktanfrage')).toBe(true);
  });

  it('keeps every page’s head free of them: title, description, canonical and alternate links', () => {
    const found = all.filter((page) => page.html.slice(0, page.html.indexOf('<body')).includes(SOFT_HYPHEN));
    expect(found.map((page) => page.path)).toEqual([]);
  });

  it('keeps them out of attributes (links, labels, data), except the props an island shows', () => {
    const found: string[] = [];
    for (const page of all) {
      for (const [tag] of page.html.matchAll(/<[a-z][^>]*>/gi)) {
        if (!tag.includes(SOFT_HYPHEN) || tag.startsWith('<astro-island')) continue;
        found.push(`${page.path}: ${tag.slice(0, 120)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('leaves code, URLs, e-mail addresses and the site’s name whole', () => {
    const found: string[] = [];
    for (const page of all) {
      for (const [element] of page.html.matchAll(/<(code|kbd|pre|samp)\b[^>]*>[\s\S]*?<\/\1>/g))
        if (element.includes(SOFT_HYPHEN)) found.push(`${page.path}: ${element.slice(0, 80)}`);
      const text = page.html.replace(/<[^>]*>/g, ' ');
      for (const [token] of text.matchAll(/\S*\u00AD\S*/g))
        if (/@|:\/\/|www\.|\d/.test(token)) found.push(`${page.path}: ${token}`);
      if (/Con\u00ADnec|Connec\u00ADtor/.test(page.html)) found.push(`${page.path}: Connector`);
    }
    expect(found).toEqual([]);
  });
});

describe('the search index', () => {
  const fragments = readdirSync(join(dist, 'pagefind', 'fragment')).map((file) => ({
    file,
    text: gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', file))).toString('utf8'),
  }));

  it('holds whole words: no soft hyphen in any page’s text, title or excerpt', () => {
    expect(fragments.length).toBeGreaterThan(20);
    expect(fragments.filter((f) => f.text.includes(SOFT_HYPHEN)).map((f) => f.file)).toEqual([]);
    expect(fragments.some((f) => f.file.startsWith('de_') && f.text.includes('Kontaktanfrage'))).toBe(true);
  });

  it('has every tool and quiz page, each with its kind', () => {
    for (const locale of ['en', 'de', 'fi', 'sv']) {
      const urls = fragments
        .filter((f) => f.file.startsWith(`${locale}_`))
        .map((f) => JSON.parse(f.text.slice(f.text.indexOf('{'))) as { url: string; meta: { kind?: string } });
      for (const path of ['worksheet', 'intro-reply', 'reconnect', 'contact-request'])
        expect(urls.find((u) => u.url === `/${locale}/tools/${path}/`)?.meta.kind, `${locale} ${path}`).toBeTruthy();
      expect(urls.find((u) => u.url === `/${locale}/quizzes/intro-decision/`)?.meta.kind).toBeTruthy();
      expect(urls.every((u) => u.meta.kind), locale).toBe(true);
    }
  });
});
