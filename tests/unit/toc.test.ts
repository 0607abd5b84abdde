import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc.ts';

describe('table of contents', () => {
  it('nests ### under the preceding ## and drops other levels', () => {
    const toc = buildToc([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((item) => item.slug)).toEqual(['a', 'b']);
    expect(toc[0]?.children.map((item) => item.slug)).toEqual(['a1']);
    expect(toc[1]?.children).toEqual([]);
  });

  it('keeps a ### that comes before any ##', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }]).map((item) => item.slug)).toEqual(['x']);
  });
});
