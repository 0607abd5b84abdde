import { describe, expect, it } from 'vitest';
import { missingEntries, splitEntryId } from '../../src/lib/parity.ts';

describe('content parity', () => {
  it('finds nothing missing when every locale has every slug', () => {
    const ids = ['en', 'de', 'fi', 'sv'].flatMap((l) => [`${l}/a`, `${l}/b`]);
    expect(missingEntries(ids, 'content/lessons', '.mdx')).toEqual([]);
  });

  it('names the missing file, whichever locale has the extra one', () => {
    const ids = ['en/a', 'de/a', 'fi/a', 'sv/a', 'fi/b'];
    expect(missingEntries(ids, 'content/lessons', '.mdx')).toEqual([
      'content/lessons/en/b.mdx',
      'content/lessons/de/b.mdx',
      'content/lessons/sv/b.mdx',
    ]);
  });

  it('rejects an entry outside a locale folder', () => {
    expect(() => splitEntryId('fr/a')).toThrow(/not under a locale folder/);
    expect(splitEntryId('de/x')).toEqual({ locale: 'de', slug: 'x' });
  });
});
