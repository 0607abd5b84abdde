/**
 * Each page's Content-Security-Policy `<meta>` narrowed to the hashes of what that page inlines.
 *
 * Astro writes one policy for the whole site: the hash of every inline script and style of any
 * page, of every client directive, and of its island loader twice (with its development build),
 * plus one per bundled script that `'self'` already allows. That is about twenty hashes, over a
 * kilobyte of text that gzip cannot shrink, on every page: a twentieth of a lesson's budget. A page
 * needs only the hashes of its own inline `<script>` and `<style>` elements, so the build keeps
 * those and drops the rest (src/integrations/csp.ts). Every other source stays as Astro wrote it.
 *
 * The narrowing can only forbid what the page does not contain: an inline script or style is
 * allowed exactly when its hash was in Astro's policy and it is on the page. Scripts from files
 * are allowed by `'self'`, not by hashes, and nothing on the site inserts inline code at run time.
 */
import { createHash } from 'node:crypto';

const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/** Inline script and style elements: their attributes and text, as the browser hashes it. */
const inlineElement = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const hashSource = /\s*'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;

/** The text of every inline script and style element in `html` (not those with a `src`). */
export function inlineCode(html: string): string[] {
  return [...html.matchAll(inlineElement)]
    .filter(([, , attributes = '']) => !/\ssrc\s*=/i.test(` ${attributes}`))
    .map(([, , , text = '']) => text);
}

/** `html` with its policy `<meta>` keeping only the hashes of its own inline scripts and styles. */
export function narrowPolicy(html: string): string {
  const meta = policyMeta.exec(html);
  if (!meta) return html;
  const code = inlineCode(html);
  const digests = new Map<string, Set<string>>();
  const onPage = (algorithm: string, digest: string) => {
    if (!digests.has(algorithm)) {
      digests.set(algorithm, new Set(code.map((text) => createHash(algorithm).update(text).digest('base64'))));
    }
    return digests.get(algorithm)!.has(digest);
  };
  const narrowed = meta[2]!.replace(hashSource, (source, algorithm: string, digest: string) =>
    onPage(algorithm, digest) ? source : '',
  );
  return html.slice(0, meta.index) + meta[1] + narrowed + meta[3] + html.slice(meta.index + meta[0].length);
}
