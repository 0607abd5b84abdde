import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFeedback } from './clipboard.ts';

const said = { copied: 'Copied.', failed: 'Could not copy.' };

afterEach(() => vi.unstubAllGlobals());

describe('the one clipboard path', () => {
  it('writes the text without its soft hyphens and says it was copied', async () => {
    const written: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void written.push(text) } });
    expect(await copyFeedback('Kon\u00ADtakt\u00ADan\u00ADfrage, 👋 <b>', said)).toBe(said.copied);
    expect(written).toEqual(['Kontaktanfrage, 👋 <b>']);
  });

  it('says it failed when the browser refuses, and when there is no clipboard at all', async () => {
    const refuse = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    vi.stubGlobal('navigator', { clipboard: { writeText: refuse } });
    expect(await copyFeedback('x', said)).toBe(said.failed);
    vi.stubGlobal('navigator', {});
    expect(await copyFeedback('x', said)).toBe(said.failed);
  });
});
