import { describe, expect, it } from 'vitest';
import { countGraphemes, sliceGraphemes } from '../../src/lib/text.ts';

describe('grapheme counting', () => {
  it('counts what a person sees', () => {
    expect(countGraphemes('Hei!')).toBe(4);
    expect(countGraphemes('e\u0301')).toBe(1); // e + combining acute accent
    expect(countGraphemes('é')).toBe(1);
    expect(countGraphemes('👍🏽')).toBe(1); // emoji with skin tone
    expect(countGraphemes('👩‍👩‍👧')).toBe(1); // family (ZWJ sequence)
    expect(countGraphemes('🇫🇮🇸🇪')).toBe(2); // two flags
    expect(countGraphemes('Åsa Öberg')).toBe(9);
    expect(countGraphemes('')).toBe(0);
  });

  it('cuts without splitting a character', () => {
    expect(sliceGraphemes('ab👍🏽cd', 3)).toBe('ab👍🏽');
    expect(sliceGraphemes('e\u0301e\u0301', 1)).toBe('e\u0301');
    expect(sliceGraphemes('short', 10)).toBe('short');
  });
});
