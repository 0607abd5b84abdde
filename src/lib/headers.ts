/**
 * The HTTP headers a host should send with the built site, as the `_headers` file that static hosts
 * such as Cloudflare Pages and Netlify read (src/integrations/headers.ts writes it to dist/). The
 * README shows the same rules for nginx and Caddy. Pure functions: the build, the dist checks and
 * the browser tests' server share them.
 *
 * Both hosts join the values when several rules match one path, so no path is matched by two
 * rules that set the same header: the security headers go on `/*`, and each file gets exactly one
 * Cache-Control, by the rule for its directory or by its own name.
 */
import { hashedFile } from './offline.ts';

export type Directives = Array<[name: string, sources: string[]]>;

/** Parses a policy (`a x y; b z`) into its directives, in order, sources in order. */
export function parseCsp(policy: string): Directives {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0)
    .map(([name, ...sources]) => [name!.toLowerCase(), sources]);
}

export function formatCsp(directives: Directives): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The header policy: the pages' `<meta>` policies merged (they differ only in the hashes of what
 * each page inlines, src/lib/csp.ts: the header allows what any of them allows, and each page's own
 * meta still narrows it, since a browser enforces both), plus what only a header can carry:
 * `frame-ancestors 'none'`, so no other site can frame the pages.
 */
export function headerPolicy(metaPolicies: string[]): string {
  if (metaPolicies.length === 0) throw new Error('No page carries a Content-Security-Policy <meta>');
  const merged = new Map<string, string[]>();
  for (const policy of metaPolicies) {
    for (const [name, sources] of parseCsp(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  merged.delete('frame-ancestors');
  return formatCsp([...merged.entries(), ['frame-ancestors', ["'none'"]]]);
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  return match?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

export const security: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  // The site links to other origins only in its sources; they learn nothing of the page.
  'Referrer-Policy': 'no-referrer',
  // Nothing here uses a device feature; say so, so no framed or injected code may either.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const immutable = 'public, max-age=31536000, immutable';
/** Stored, but checked with the server before each use: pages, the workers, unhashed files. */
export const revalidate = 'no-cache';

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/**
 * The rules for a build. `base` is Astro's base (`/` or `/connector/`); `files` every file of dist/
 * as a path relative to it (`en/index.html`, `_astro/x.js`, `pagefind/index/en_1.pf_index`).
 */
export function headerRules(csp: string, base: string, files: string[]): HeaderRule[] {
  const prefix = base.replace(/\/+$/, '');
  const at = (path: string) => `${prefix}${path}`;
  const rules: HeaderRule[] = [
    { path: at('/*'), headers: { 'Content-Security-Policy': csp, ...security } },
    { path: at('/_astro/*'), headers: { 'Cache-Control': immutable } },
    { path: at('/pagefind/index/*'), headers: { 'Cache-Control': immutable } },
    { path: at('/pagefind/fragment/*'), headers: { 'Cache-Control': immutable } },
  ];
  const covered = (file: string) => /^(_astro|pagefind\/index|pagefind\/fragment)\//.test(file);
  // Each top-level directory of pages (a locale) in one rule: its pages, manifest, share card and
  // service worker all revalidate, so a deploy is seen at once and a worker update is never stale.
  const directories = new Set<string>();
  for (const file of [...files].sort()) {
    if (covered(file)) continue;
    const [top, ...rest] = file.split('/');
    if (rest.length > 0 && top !== 'pagefind') {
      directories.add(top!);
      continue;
    }
    // A file at the top or in pagefind/: by its own name (the chooser is `/`, not `/index.html`).
    const path = file === 'index.html' ? '/' : `/${file}`;
    rules.push({ path: at(path), headers: { 'Cache-Control': hashedFile.test(file) ? immutable : revalidate } });
    if (file === 'index.html') rules.push({ path: at('/index.html'), headers: { 'Cache-Control': revalidate } });
  }
  for (const directory of directories) {
    rules.push({ path: at(`/${directory}/*`), headers: { 'Cache-Control': revalidate } });
  }
  return rules;
}

/** The `_headers` file: a path on its own line, then its headers indented by two spaces. */
export function formatHeaders(rules: HeaderRule[]): string {
  const head =
    '# Written by the build (src/lib/headers.ts). Read by Cloudflare Pages and Netlify; see the\n' +
    "# README's deploy section for the same headers in nginx and Caddy.\n";
  return (
    head +
    rules
      .map(({ path, headers }) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
      .join('\n\n') +
    '\n'
  );
}

/** Reads a `_headers` file back into rules (the tests and the test server use it). */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header outside a rule, or without a colon: "${line}"`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Whether a rule's path matches a URL path: `*` matches anything, including slashes (a splat). */
export function ruleMatches(rulePath: string, urlPath: string): boolean {
  const pattern = rulePath
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(urlPath);
}

/** The headers a host sends for a URL path, every matching rule's headers joined. */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!ruleMatches(rule.path, urlPath)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      result[name] = result[name] === undefined ? value : `${result[name]}, ${value}`;
    }
  }
  return result;
}
