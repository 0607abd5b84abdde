import { describe, expect, it } from 'vitest';
import { countWords, mdxToText, readingMinutes } from '../../src/lib/reading-time.ts';

describe('reading time', () => {
  it('counts words, not punctuation or spaces', () => {
    expect(countWords('Hello, world — how are you?', 'en')).toBe(5);
    expect(countWords('Hyvää huomenta, Aino!', 'fi')).toBe(3);
    expect(countWords('', 'sv')).toBe(0);
  });

  it('is at least one minute and slower for longer-worded languages', () => {
    expect(readingMinutes('one two three', 'en')).toBe(1);
    const words = Array.from({ length: 900 }, () => 'sana').join(' ');
    expect(readingMinutes(words, 'en')).toBe(4);
    expect(readingMinutes(words, 'fi')).toBe(6);
  });

  it('reads only the words of an MDX body', () => {
    const body = '## Heading\n\n<Example label="Say this">\n\nThanks, [Sara](https://example.com)!\n\n</Example>';
    expect(countWords(mdxToText(body), 'en')).toBe(3);
  });
});
