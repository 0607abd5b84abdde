import { describe, expect, it } from 'vitest';
import { hashedFile, precachePatterns, workerOptions, workerPath, workerScope } from './offline.ts';

describe("each locale's service worker", () => {
  it('sits in its locale and controls only it', () => {
    expect(workerPath('de')).toBe('/de/sw.js');
    expect(workerScope('de')).toBe('/de/');
  });

  it("precaches the locale's pages and search index and no other locale's", () => {
    const patterns = precachePatterns('fi').join(' ');
    expect(patterns).toContain('fi/**/*.html');
    expect(patterns).toContain('fi/**/*.props.json');
    expect(patterns).toContain('pagefind/wasm.fi.pagefind');
    expect(patterns).toContain('pagefind/fragment/fi_*');
    expect(patterns).toContain('_astro/');
    expect(patterns).not.toMatch(/\b(en|de|sv)[/_.]/);
  });

  it.each([
    ['/', '/'],
    ['/connector/', '/connector/'],
    ['/connector', '/connector/'],
  ])('writes absolute URLs under base %s and waits for the reader to reload', (base, prefix) => {
    const options = workerOptions('/tmp/dist/', 'sv', base);
    expect(options.swDest).toBe('/tmp/dist/sv/sw.js');
    expect(options.modifyURLPrefix).toEqual({ '': prefix });
    expect(options.cacheId).toBe('connector-sv');
    expect(options.skipWaiting).toBe(false);
    expect(options.cleanupOutdatedCaches).toBe(true);
    expect(options.runtimeCaching).toEqual([]);
    // ?q= (search), ?decision= (a builder) and Pagefind's ?ts= all find the cached file.
    expect(options.ignoreURLParametersMatching?.every((pattern) => pattern.test('q'))).toBe(true);
  });

  it('knows which files carry a content hash in their name', () => {
    expect(hashedFile.test('_astro/client.CzWaolnw.js')).toBe(true);
    expect(hashedFile.test('pagefind/index/en_c22f8a9.pf_index')).toBe(true);
    expect(hashedFile.test('pagefind/fragment/de_3dee9d8.pf_fragment')).toBe(true);
    expect(hashedFile.test('pagefind/pagefind.en_c98216239a.pf_meta')).toBe(true);
    expect(hashedFile.test('pagefind/pagefind.js')).toBe(false);
    expect(hashedFile.test('pagefind/pagefind-entry.json')).toBe(false);
    expect(hashedFile.test('pagefind/wasm.en.pagefind')).toBe(false);
    expect(hashedFile.test('en/index.html')).toBe(false);
  });
});
