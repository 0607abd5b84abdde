import { describe, expect, it } from 'vitest';
import { fieldLabels } from './questions.ts';
import { ui } from '../i18n/index.ts';

describe('the questions of a form', () => {
  it('are the labels of its fields, variants included, without hints or choices', () => {
    const fields = {
      name: { label: 'Their name', hint: 'As you greet them.', error: 'Enter it.' },
      detail: { decline: { label: 'Why are you declining?' }, later: { label: 'When are you free?' } },
      years: { label: 'How long?', option: { one: 'A year', other: '{count} years' } },
      tone: { label: 'Tone', options: { warm: { label: 'Warm' } } },
      again: { label: 'Their name' },
    };
    expect(fieldLabels(fields)).toEqual([
      'Their name',
      'Why are you declining?',
      'When are you free?',
      'How long?',
      'Tone',
    ]);
  });

  it('finds every builder question in every locale', () => {
    for (const locale of ['en', 'de', 'fi', 'sv'] as const) {
      const labels = fieldLabels(ui(locale).builders['contact-request'].fields);
      expect(labels.length, locale).toBeGreaterThanOrEqual(5);
      expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    }
  });

  it('is empty for nothing', () => {
    expect(fieldLabels(undefined)).toEqual([]);
  });
});
