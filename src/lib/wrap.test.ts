import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap.ts';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Accept now', 20)).toEqual(['Accept now']);
  });

  it('breaks at the last space that fits', () => {
    expect(wrapLabel('Is the meeting worth everyone’s time?', 16)).toEqual([
      'Is the meeting',
      'worth everyone’s',
      'time?',
    ]);
  });

  it('gives a word longer than the line a line of its own, uncut', () => {
    expect(wrapLabel('Ein Kennenlerngesprächsvorschlag folgt', 12)).toEqual([
      'Ein',
      'Kennenlerngesprächsvorschlag',
      'folgt',
    ]);
  });

  it('starts a new line at an explicit line break and drops empty lines', () => {
    expect(wrapLabel('Subject line\n\nOpening', 40)).toEqual(['Subject line', 'Opening']);
  });
});
