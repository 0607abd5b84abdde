import { describe, expect, it } from 'vitest';
import { countGraphemes, sliceGraphemes } from '../../src/lib/graphemes.ts';
import { asSentence, capitalised, sentence } from '../../src/lib/text.ts';

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

describe('a typed sentence, as a message places it', () => {
  it('ends it with a full stop unless it is already punctuated, inside quotes too', () => {
    expect(sentence('applications close on 15 March')).toBe('applications close on 15 March.');
    expect(sentence('  Is that so?  ')).toBe('Is that so?');
    expect(sentence('I said “yes.”')).toBe('I said “yes.”');
    expect(sentence('Sie sagte „ja!“')).toBe('Sie sagte „ja!“');
    expect(sentence('(see the attached list.)')).toBe('(see the attached list.)');
    expect(sentence('Wait…')).toBe('Wait…');
    expect(sentence('')).toBe('');
    expect(sentence('   ')).toBe('');
  });

  it('capitalises the first letter only, after opening quotes, and leaves the rest as typed', () => {
    expect(capitalised('applications close on 15 March.')).toBe('Applications close on 15 March.');
    expect(capitalised('„ja“, sagte sie.', 'de')).toBe('„Ja“, sagte sie.');
    expect(capitalised('äiti sanoi niin.', 'fi')).toBe('Äiti sanoi niin.');
    expect(capitalised('iPhone apps are my job.')).toBe('iPhone apps are my job.');
    expect(capitalised('15 March is the deadline.')).toBe('15 March is the deadline.');
    expect(capitalised('🙂 ok')).toBe('🙂 ok');
    expect(capitalised('שלום רב')).toBe('שלום רב');
    expect(capitalised('ßtraße')).toBe('ßtraße');
  });

  it('keeps markup, placeholders and emoji exactly as typed', () => {
    expect(asSentence('<b>bold</b> {name} 👩🏽‍💻')).toBe('<b>bold</b> {name} 👩🏽‍💻.');
    expect(asSentence('we ship on Friday', 'en')).toBe('We ship on Friday.');
  });
});
