import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCode, narrowPolicy } from './csp.ts';
import { metaPolicy, parseCsp } from './headers.ts';

const hash = (text: string, algorithm = 'sha256') =>
  `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;
const theme = 'document.documentElement.dataset.theme="dark"';
const island = 'customElements.define("x-island",class extends HTMLElement{})';
const other = 'console.log("another page")';
const style = '.a{color:red}';
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}">` +
  `<style>${style}</style></head><body>${body}</body></html>`;
const sitePolicy =
  `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${hash(theme)} ${hash(island)} ` +
  `${hash(other)} ${hash('x', 'sha384')}; style-src 'self' ${hash(style)} ${hash('.b{}')};`;

describe('a page’s policy, narrowed to what it inlines', () => {
  it('keeps the hashes of its inline scripts and styles and drops every other hash', () => {
    const html = page(sitePolicy, `<script>${theme}</script><p>text</p><script type="module">${island}</script>`);
    expect(parseCsp(metaPolicy(narrowPolicy(html))!)).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['script-src', ["'self'", "'wasm-unsafe-eval'", hash(theme), hash(island)]],
      ['style-src', ["'self'", hash(style)]],
    ]);
  });

  it('matches hashes of any algorithm the policy uses', () => {
    const policy = `script-src 'self' ${hash(theme, 'sha384')} ${hash(other, 'sha512')}`;
    expect(metaPolicy(narrowPolicy(page(policy, `<script>${theme}</script>`)))).toBe(
      `script-src 'self' ${hash(theme, 'sha384')}`,
    );
  });

  it('never adds a hash: inline code whose hash Astro did not write stays forbidden', () => {
    const html = page("script-src 'self'", `<script>${theme}</script>`);
    expect(narrowPolicy(html)).toBe(html);
  });

  it('changes nothing else in the page, and leaves a page without a policy as it is', () => {
    const html = page(sitePolicy, `<script>${theme}</script>`);
    const narrowed = narrowPolicy(html);
    expect(narrowed.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
    expect(narrowPolicy('<p>no policy</p>')).toBe('<p>no policy</p>');
  });

  it('counts only inline elements: a script with a src is allowed by self, not by a hash', () => {
    expect(
      inlineCode(`<script src="/a.js"></script><script type="module">${island}</script><style>${style}</style>`),
    ).toEqual([island, style]);
  });
});
