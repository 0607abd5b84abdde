/**
 * Build-time hyphenation, checked over the built site: long words in what the pages show carry
 * soft hyphens in each page's language; nothing that leaves the page as data carries one (the
 * head: title, description, links; attributes; the search index and its excerpts); code, URLs,
 * e-mail addresses and the site's name are left whole. The islands receive their strings
 * hyphenated, but not the templates, phrase lists and file names of what the reader takes away.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attributes, dist, pages } from '../support/dist.ts';
import { locales } from '../../src/i18n/locales.ts';
import { ui } from '../../src/i18n/index.ts';
import { hyphenate } from '../../src/lib/hyphenate.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';

const all = pages();
const html = (path: string) => all.find((page) => page.path === path)!.html;
/** A page's source with soft hyphens as characters, however the build writes them. */
const shy = (path: string) => html(path).replaceAll('&shy;', SOFT_HYPHEN).replaceAll('&#173;', SOFT_HYPHEN);

describe('hyphenation in the built pages', () => {
  it('puts soft hyphens into the long words of lessons, cards and headings, in each language', () => {
    const has = (path: string, pattern: RegExp) => pattern.test(html(path));
    expect(has('/de/lessons/contact-requests/', /Kon\u00ADtakt\u00ADan\u00ADfrage/)).toBe(true);
    expect(has('/sv/lessons/contact-requests/', /kon\u00ADtakt\u00ADför\u00ADfrå\u00ADgan/)).toBe(true);
    for (const locale of ['en', 'de', 'fi', 'sv']) {
      expect(has(`/${locale}/lessons/contact-requests/`, /<h1>[^<]*\u00AD/), `${locale} lesson title`).toBe(true);
      expect(has(`/${locale}/`, /<h3><a [^>]*>[^<]*\u00AD/), `${locale} lesson card`).toBe(true);
    }
    // The words are the same once the soft hyphens are gone.
    expect(withoutSoftHyphens(html('/de/lessons/contact-requests/')).includes('Kontaktanfrage')).toBe(true);
  });

  it('hyphenates each language of the language chooser and the 404 page in its own rules', () => {
    for (const locale of locales) {
      const t = ui(locale);
      const item = new RegExp(`<li lang="${locale}"[\\s\\S]*?</li>`).exec(shy('/'))?.[0] ?? '';
      for (const text of [t.language.chooserLead, t.language.continueIn, t.language.suggested])
        expect(item, `${locale}: ${text}`).toContain(hyphenate(text, locale));
      const section = new RegExp(`<section lang="${locale}"[\\s\\S]*?</section>`).exec(shy('/404.html'))?.[0] ?? '';
      for (const text of [t.notFound.title, t.notFound.message, t.notFound.home])
        expect(section, `${locale}: ${text}`).toContain(hyphenate(text, locale));
    }
    // Each by its own rules: the Finnish lead is not hyphenated as if it were German.
    expect(shy('/')).not.toContain(hyphenate(ui('fi').language.chooserLead, 'de'));
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

/** The props of each island on a page, as Astro serialises them: `[0, value]`, `[1, [items]]`. */
function islandProps(page: string): Array<Record<string, any>> {
  const revive = (value: unknown): unknown => {
    if (!Array.isArray(value)) return value;
    const [type, inner] = value as [number, unknown];
    if (type === 1) return (inner as unknown[]).map(revive);
    if (inner && typeof inner === 'object')
      return Object.fromEntries(Object.entries(inner).map(([key, item]) => [key, revive(item)]));
    return inner;
  };
  const decoded = (props: string) => props.replaceAll('&shy;', SOFT_HYPHEN).replaceAll('&#173;', SOFT_HYPHEN);
  // An island hydrated with `client:visible-props` has its props in a file beside the page, named
  // by its options (src/lib/island-props.ts); the others carry them in the page.
  const elements = [...html(page).matchAll(/<astro-island\b[^>]*>/g)].map(([tag]) => tag);
  return elements.map((tag) => {
    const props = attributes(tag, 'astro-island', 'props')[0];
    if (props !== undefined) return revive([0, JSON.parse(decoded(props))]) as Record<string, any>;
    const opts = JSON.parse(attributes(tag, 'astro-island', 'opts')[0]!);
    const file = readFileSync(join(dist, opts.value.props), 'utf8');
    return revive([0, JSON.parse(file)]) as Record<string, any>;
  });
}
const has = (value: unknown) => JSON.stringify(value).includes(SOFT_HYPHEN);

describe('the islands’ strings in the built pages', () => {
  it.each(['de', 'fi'])('are hyphenated for what each island shows, in %s', (locale) => {
    const shown = {
      worksheet: islandProps(`/${locale}/tools/worksheet/`)[0]!.t.fields,
      reconnect: islandProps(`/${locale}/tools/reconnect/`)[0]!.strings.fields,
      'contact-request': islandProps(`/${locale}/tools/contact-request/`)[0]!.strings.common,
      'intro-reply': islandProps(`/${locale}/tools/intro-reply/`)[0]!.strings.checks,
      saved: islandProps(`/${locale}/saved/`)[0]!.t,
      notice: islandProps(`/${locale}/saved/`)[0]!.notice,
      quiz: islandProps(`/${locale}/quizzes/intro-decision/`)[0]!.strings,
      'lesson quiz': islandProps(`/${locale}/lessons/introductions/`)[0]!.quiz.questions,
    };
    for (const [island, strings] of Object.entries(shown)) expect(has(strings), island).toBe(true);
  });

  it.each(locales)('leave whole what the reader takes away and what is compared with their words, in %s', (locale) => {
    const worksheet = islandProps(`/${locale}/tools/worksheet/`)[0]!;
    const saved = islandProps(`/${locale}/saved/`)[0]!;
    const quiz = islandProps(`/${locale}/quizzes/intro-decision/`)[0]!;
    expect(quiz.replies).toHaveLength(3);
    const whole: Record<string, unknown> = {
      'worksheet brief, message, reminder and goal kinds': [
        worksheet.t.brief,
        worksheet.t.message,
        worksheet.t.calendar,
        worksheet.t.kinds,
      ],
      'file names': [saved.t.export.file, saved.notice.file, worksheet.notice.file],
      'quiz replies, ids and links': [quiz.replies, quiz.quiz.id, quiz.quiz.questions.map((q: any) => q.section.href)],
    };
    for (const tool of ['reconnect', 'contact-request', 'intro-reply']) {
      const builder = islandProps(`/${locale}/tools/${tool}/`)[0]!;
      whole[`${tool} checks and subject label`] = [builder.checks, builder.strings.common.subject, builder.notice.file];
    }
    for (const [what, value] of Object.entries(whole)) expect(has(value), what).toBe(false);
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
