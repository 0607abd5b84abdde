/** Reading the built site in dist/ (and the sub-path build in dist-base/) for the checks in tests/dist. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = join(root, 'dist');
export const site = 'https://connector.example';

/** The sub-path build of `npm test` (`npm run build:base`): base `/connector/`, in dist-base/. */
export const distBase = join(root, 'dist-base');

/**
 * Every HTML page of a build (dist/ unless told) as its site path (`/de/lessons/x/`, without any
 * base), with its file and its source.
 */
export function pages(dir = dist): Array<{ path: string; file: string; html: string }> {
  if (!existsSync(dir)) {
    const command = dir === distBase ? 'npm run build:base' : 'npm run build';
    throw new Error(`${relative(root, dir)}/ is missing: run \`${command}\` (npm test does it for you).`);
  }
  const found: Array<{ path: string; file: string; html: string }> = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = `/${relative(dir, full).replaceAll('\\', '/')}`;
        const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        found.push({ path, file: full, html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** The values of one attribute on every element of a tag name, e.g. all `a[href]`. */
export function attributes(html: string, tag: string, attribute: string): string[] {
  const values: string[] = [];
  for (const element of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const match = new RegExp(`\\s${attribute}="([^"]*)"`, 'i').exec(element[0]);
    if (match?.[1] !== undefined) values.push(decode(match[1]));
  }
  return values;
}

/** The `id`s on a page, for checking `#anchor` links. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
}

function decode(value: string): string {
  return value
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

/** The lesson slugs, from the English folder (parity of the others is tested separately). */
export function lessonSlugs(): string[] {
  return readdirSync(join(root, 'content/lessons/en'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();
}
