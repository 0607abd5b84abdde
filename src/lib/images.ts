/**
 * The images the build draws (src/integrations/images.ts renders them with sharp): the app icons,
 * from public/favicon.svg, and one share card per locale, from an SVG written here. Pure
 * functions, so the sizes, the safe zone and the text are unit-tested without rendering.
 */

/** The icons a web app manifest and iOS need; `maskable` ones fill the square to the edge. */
export const icons = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'icons/apple-touch-icon.png', size: 180, purpose: 'maskable' },
] as const;
export type Icon = (typeof icons)[number];

/** The share card's size: the 1.91:1 image that chat apps and social sites show. */
export const shareCard = { width: 1200, height: 630 } as const;
export const shareCardPath = (locale: string) => `/${locale}/share.png`;

/** The colour the favicon is drawn on: the fill of its first shape. */
export function faviconColour(svg: string): string {
  const fill = /<(?:rect|circle|path)\b[^>]*\bfill="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1];
  if (!fill) throw new Error('public/favicon.svg: no shape with a hex fill to take the icon background from');
  return fill;
}

/**
 * An SVG as a `data:` URL, for the favicon: written into every page, it costs no request of its
 * own (a first visit on a slow network otherwise fetches it while the page is still rendering).
 * Only what a URL cannot carry as it is gets encoded; double quotes become single ones.
 */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${svg
    .trim()
    .replaceAll('"', "'")
    .replace(/[\s%#<>]/g, encodeURIComponent)}`;
}

/**
 * How large the favicon is drawn on a maskable icon, as a share of its side. A launcher may cut a
 * maskable icon to a circle of 80 % of its side; the favicon's mark (a diamond whose corners lie
 * 11/32 of the favicon's side from its centre) stays inside that circle at any scale up to
 * 0.4 / (11/32) = 1.16, and its own rounded corners vanish into a background of the same colour.
 */
export const maskableScale = 0.9;

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * Splits `text` into at most `maxLines` lines of at most `perLine` characters, at spaces; a word
 * longer than a line (a Finnish compound) gets a line of its own rather than being cut.
 */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

/**
 * The share card of a locale as SVG: the site's mark and name, the locale's tagline. Drawn with
 * the system's sans-serif (DejaVu Sans or whatever fontconfig offers): the build machine's fonts,
 * not the reader's.
 */
export function shareCardSvg({ name, tagline, colour }: { name: string; tagline: string; colour: string }): string {
  const { width, height } = shareCard;
  const taglineSize = 64;
  // DejaVu Sans Bold averages about 0.62 em a character; 1040 px of line.
  const lines = wrapText(tagline, Math.floor(1040 / (taglineSize * 0.62)), 3);
  const taglineTop = 330;
  const font = "font-family=\"'DejaVu Sans', 'Noto Sans', 'Liberation Sans', Arial, sans-serif\"";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${colour}"/>`,
    // The favicon's diamond, large, then the name beside it.
    `<path d="M140 120 200 180 140 240 80 180Z" fill="#fff"/>`,
    `<text x="240" y="208" ${font} font-size="84" font-weight="700" fill="#fff">${escapeXml(name)}</text>`,
    ...lines.map(
      (line, index) =>
        `<text x="80" y="${taglineTop + index * taglineSize * 1.25}" ${font} font-size="${taglineSize}" font-weight="700" fill="#fff">${escapeXml(line)}</text>`,
    ),
    `<rect x="80" y="${height - 80}" width="160" height="8" rx="4" fill="#6fd3bd"/>`,
    '</svg>',
  ].join('');
}
