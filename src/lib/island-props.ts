/**
 * Build time: moves the props of islands hydrated with `client:visible-props` or `client:use-props`
 * out of the page into a file beside it, which the directive (src/scripts/visible-props.ts,
 * use-props.ts) fetches as the island nears the viewport, or as the reader first uses it.
 *
 * Why: a lesson's quiz was in its HTML three times, as the static quiz for readers without
 * JavaScript, as the island's server-rendered first question, and as the island's props (every
 * question, choice and explanation again, with the island's strings). The first two are what the
 * page shows before the island runs, so that nothing moves when it hydrates and Tab reaches the
 * first question before then; the props are needed only once the island's code loads, i.e. once
 * the reader nears the quiz. Out of the page they cost a lesson nothing before interaction (about
 * a kilobyte gzip less, a twentieth of its budget). A builder's props (its strings and its
 * locale's phrase lists) are 15-18 KB of its page's HTML, needed only once the reader uses it.
 *
 * The island element keeps everything but its `props` attribute; its `opts` attribute (the
 * directive's options, which Astro hands to the directive) gains `props`, the file's URL. The file
 * holds the attribute's value exactly as Astro wrote it, decoded, so the island reads the same
 * props it would have read from the page.
 */

/** The directives whose islands' props are moved, with the script of each (src/scripts/). */
export const directives = { 'visible-props': 'visible-props.ts', 'use-props': 'use-props.ts' } as const;
const moves = (tag: string) => Object.keys(directives).find((name) => tag.includes(` client="${name}"`));

/** Whether a page has an island whose props are to be moved. */
export const hasMovedProps = (html: string) => moves(html) !== undefined;

export interface MovedProps {
  /** The page with its islands' props moved out. */
  html: string;
  /** The files to write beside the page: a name in the page's directory, and its text. */
  files: Array<{ name: string; text: string }>;
}

const entities: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };

/** An attribute value as the browser reads it: the character references Astro writes decoded. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (reference, decimal, hex, name: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return entities[name.toLowerCase()] ?? reference;
  });
}

/** A value written into a double-quoted attribute, as Astro escapes it. */
export function encodeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * `html` (a page whose address is `pageUrl`, its directory, e.g. `/connector/en/lessons/x/`) with
 * the props of each island of those directives moved into `<component>.props.json` beside it.
 */
export function moveIslandProps(html: string, pageUrl: string): MovedProps {
  const files: MovedProps['files'] = [];
  const page = html.replace(/<astro-island\b[^>]*>/g, (tag) => {
    const directive = moves(tag);
    if (!directive) return tag;
    const props = / props="([^"]*)"/.exec(tag);
    const opts = / opts="([^"]*)"/.exec(tag);
    if (!props || !opts)
      throw new Error(`An island hydrated with client:${directive} has no props or opts: ${tag.slice(0, 200)}`);
    const options = JSON.parse(decodeAttribute(opts[1]!)) as { name: string; value?: Record<string, unknown> };
    const name = `${options.name.toLowerCase()}.props.json`;
    if (files.some((file) => file.name === name)) {
      throw new Error(
        `Two ${options.name} islands with client:${directive} on one page: their props would share ${name}`,
      );
    }
    files.push({ name, text: decodeAttribute(props[1]!) });
    const value = { ...(options.value ?? {}), props: `${pageUrl}${name}` };
    const moved = ` opts="${encodeAttribute(JSON.stringify({ ...options, value }))}"`;
    return tag.replace(props[0], '').replace(opts[0], () => moved);
  });
  return { html: page, files };
}
