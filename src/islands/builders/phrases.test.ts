import { describe, expect, it } from 'vitest';
import { findPhrases, hasPhrase, keepsAnswer } from './phrases.ts';

describe('phrase lists', () => {
  it('match whole words only, ignoring case', () => {
    expect(hasPhrase('I MISS the Friday quizzes', ['miss'])).toBe(true);
    expect(hasPhrase('The mission statement', ['miss'])).toBe(false);
    expect(hasPhrase('Sehr DRINGEND', ['dringend*'])).toBe(true);
  });

  it('let a starred word go on, and only a starred word', () => {
    expect(findPhrases('This is urgently needed', ['urgent*']).map((m) => m.text)).toEqual(['urgently']);
    expect(hasPhrase('urgently', ['urgent'])).toBe(false);
    expect(hasPhrase('kolmen kuukauden päästä', ['kuukau*'])).toBe(true);
  });

  it('treat spaces, line breaks and both apostrophes alike', () => {
    expect(hasPhrase('no\n  worries', ['no worries'])).toBe(true);
    expect(hasPhrase('it’s been', ["it's been"])).toBe(true);
    expect(hasPhrase("it's been", ['it’s been'])).toBe(true);
  });

  it('read # as a number in digits', () => {
    expect(hasPhrase('Could I write in 3 weeks?', ['in # weeks'])).toBe(true);
    expect(hasPhrase('maanantaina 7.12.', ['#.#'])).toBe(true);
    expect(hasPhrase('in three weeks', ['in # weeks'])).toBe(false);
  });

  it('find accented words however they were typed, and report where', () => {
    const decomposed = 'Ich hoffe, es geht Ihnen gut. Schöne Grüße'.normalize('NFD');
    expect(findPhrases(decomposed, ['schöne grüße'])).toEqual([{ start: 30, end: 42, text: 'Schöne Grüße' }]);
  });

  it('prefer the longest phrase at a place, and escape what regular expressions would read', () => {
    expect(
      findPhrases('you’re the only one who can help', ['the only one', 'you’re the only one who']).map((m) => m.text),
    ).toEqual(['you’re the only one who']);
    expect(hasPhrase('Help (now)?!!', ['!!'])).toBe(true);
    expect(findPhrases('Reply ASAP!!', ['asap', '!!']).map((m) => m.text)).toEqual(['ASAP', '!!']);
    expect(hasPhrase('a+b', ['a+b'])).toBe(true);
    expect(hasPhrase('anything', [])).toBe(false);
  });

  it('recognise the reader’s own answer in the draft, even when long', () => {
    const answer = 'We shared a desk at Fenwick Logistics for three long years and laughed through most of it';
    expect(keepsAnswer(`Hi Raj,\n\n${answer}.`, answer)).toBe(true);
    expect(keepsAnswer('Hi Raj, we SHARED a desk   at Fenwick Logistics for three', answer)).toBe(true);
    expect(keepsAnswer('Hi Raj, how are you?', answer)).toBe(false);
    expect(keepsAnswer('anything', '')).toBe(false);
  });
});
