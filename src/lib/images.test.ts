import { describe, expect, it } from 'vitest';
import { faviconColour, icons, maskableScale, shareCard, shareCardSvg, svgDataUrl, wrapText } from './images.ts';

describe('the icons', () => {
  it('include what installing needs: 192 and 512 px, and a maskable one', () => {
    const sizes = icons.map((icon) => `${icon.size} ${icon.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192 any', '512 any', '512 maskable']));
  });

  it('take their background from the favicon and keep its mark inside the safe zone', () => {
    expect(faviconColour('<svg><rect width="32" fill="#0b5d4f"/><path fill="#fff"/></svg>')).toBe('#0b5d4f');
    expect(() => faviconColour('<svg><rect fill="red"/></svg>')).toThrow(/hex fill/);
    // The diamond's corners lie 11/32 of the favicon's side from the centre; the safe circle's radius is 40 %.
    expect(maskableScale * (11 / 32)).toBeLessThanOrEqual(0.4);
  });

  it('put the favicon into a data: URL that reads back as the same drawing', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\n  <rect fill="#0b5d4f"/></svg>\n';
    const url = svgDataUrl(svg);
    expect(url).toMatch(/^data:image\/svg\+xml,[^\s"#<>]+$/);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg.trim().replaceAll('"', "'"));
  });
});

describe('the share card', () => {
  it('wraps a long tagline at spaces and shortens what does not fit', () => {
    expect(wrapText('Netzwerken, das du heute anfangen kannst', 26, 3)).toEqual([
      'Netzwerken, das du heute',
      'anfangen kannst',
    ]);
    expect(wrapText('a b c d', 1, 2)).toEqual(['a', 'b…']);
    expect(wrapText('Verkostoitumismahdollisuuksia on', 10, 3)).toEqual(['Verkostoitumismahdollisuuksia', 'on']);
  });

  it('is an SVG of the card size with the name and tagline as text, escaped', () => {
    const svg = shareCardSvg({ name: 'Connector', tagline: 'Fish & <chips>', colour: '#0b5d4f' });
    expect(svg).toContain(`width="${shareCard.width}" height="${shareCard.height}"`);
    expect(svg).toContain('>Connector</text>');
    expect(svg).toContain('>Fish &amp; &lt;chips&gt;</text>');
    expect(svg).not.toContain('<chips>');
  });
});
