import { describe, expect, it } from 'vitest';
import {
  formatHeaders,
  headerPolicy,
  headerRules,
  headersFor,
  immutable,
  metaPolicy,
  parseCsp,
  parseHeaders,
  ruleMatches,
} from './headers.ts';

const meta = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s';";

describe('the header policy', () => {
  it("is the pages' policy with frame-ancestors 'none' added", () => {
    const policy = headerPolicy([meta, meta]);
    expect(policy).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'; frame-ancestors 'none'",
    );
    expect(parseCsp(policy).slice(0, -1)).toEqual(parseCsp(meta));
  });

  it('allows what any page allows when pages differ, and replaces a framing rule', () => {
    const other = "default-src 'self'; script-src 'self' 'sha256-b'; frame-ancestors *";
    expect(parseCsp(headerPolicy([meta, other]))).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['script-src', ["'self'", "'sha256-a'", "'sha256-b'"]],
      ['style-src', ["'self'", "'sha256-s'"]],
      ['frame-ancestors', ["'none'"]],
    ]);
  });

  it('refuses to write a policy when no page has one', () => {
    expect(() => headerPolicy([])).toThrow(/No page/);
  });

  it('reads the policy from a page, entities decoded', () => {
    expect(metaPolicy('<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">')).toBe(
      "default-src 'self'",
    );
    expect(metaPolicy('<meta charset="utf-8">')).toBeUndefined();
  });
});

describe('the _headers rules', () => {
  const files = [
    'index.html',
    '404.html',
    'favicon.svg',
    'en/index.html',
    'en/sw.js',
    'de/lessons/x/index.html',
    'icons/icon-192.png',
    '_astro/client.Ab12.js',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.en.pagefind',
    'pagefind/pagefind.en_c98216239a.pf_meta',
    'pagefind/index/en_c22f8a9.pf_index',
    'pagefind/fragment/en_3dee9d8.pf_fragment',
  ];

  it.each([
    ['/', ''],
    ['/connector/', '/connector'],
  ])('give each file one Cache-Control under base %s', (base, prefix) => {
    const rules = parseHeaders(formatHeaders(headerRules("default-src 'self'", base, files)));
    const cache = (path: string) => headersFor(rules, `${prefix}${path}`)['Cache-Control'];
    expect(cache('/_astro/client.Ab12.js')).toBe(immutable);
    expect(cache('/pagefind/index/en_c22f8a9.pf_index')).toBe(immutable);
    expect(cache('/pagefind/fragment/en_3dee9d8.pf_fragment')).toBe(immutable);
    expect(cache('/pagefind/pagefind.en_c98216239a.pf_meta')).toBe(immutable);
    for (const path of [
      '/',
      '/index.html',
      '/404.html',
      '/en/',
      '/en/sw.js',
      '/de/lessons/x/',
      '/icons/icon-192.png',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind',
    ]) {
      expect(cache(path), path).toBe('no-cache');
    }
    const everywhere = headersFor(rules, `${prefix}/en/`);
    expect(everywhere['Content-Security-Policy']).toBe("default-src 'self'");
    expect(everywhere['X-Content-Type-Options']).toBe('nosniff');
    // Nothing outside the base is claimed.
    if (prefix) expect(headersFor(rules, '/en/')).toEqual({});
  });

  it('reads back what it writes, and joins the values of overlapping rules as hosts do', () => {
    const text = '# comment\n/*\n  A: 1\n\n/x/*\n  A: 2\n  B: 3\n';
    const rules = parseHeaders(text);
    expect(rules).toEqual([
      { path: '/*', headers: { A: '1' } },
      { path: '/x/*', headers: { A: '2', B: '3' } },
    ]);
    expect(headersFor(rules, '/x/y')).toEqual({ A: '1, 2', B: '3' });
    expect(() => parseHeaders('  A: 1\n')).toThrow(/outside a rule/);
  });

  it('matches a splat across slashes and everything else literally', () => {
    expect(ruleMatches('/en/*', '/en/lessons/x/')).toBe(true);
    expect(ruleMatches('/en/*', '/de/')).toBe(false);
    expect(ruleMatches('/a.b', '/aXb')).toBe(false);
    expect(ruleMatches('/', '/')).toBe(true);
    expect(ruleMatches('/', '/en/')).toBe(false);
  });
});
