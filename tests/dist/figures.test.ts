/**
 * The lessons' pictures as built: one per lesson page, an image with a title to a screen reader,
 * in a figure with a caption, and small (at most 2 KB gzip each).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pages } from '../support/dist.ts';

const lessons = pages().filter((page) => /^\/[a-z]{2}\/lessons\/[^/]+\/$/.test(page.path));

describe('lesson figures', () => {
  it('are built for every lesson page', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(20);
  });

  for (const page of lessons) {
    it(`${page.path}: one figure with a caption, an SVG image with a title, at most 2 KB gzip`, () => {
      const figures = [...page.html.matchAll(/<figure class="lesson-figure"[^>]*>([\s\S]*?)<\/figure>/g)];
      expect(figures).toHaveLength(1);
      const figure = figures[0]![1]!;
      expect(figure).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
      expect(figure).toMatch(/<title[^>]*>[^<]{5,}<\/title>/);
      expect(figure).toMatch(/<figcaption[^>]*>[^<]{10,}<\/figcaption>/);
      const svg = /<svg[\s\S]*<\/svg>/.exec(figure)![0];
      expect(gzipSync(svg).length).toBeLessThanOrEqual(2048);
    });
  }
});
