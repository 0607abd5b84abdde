/**
 * Nothing a reader takes away carries a soft hyphen: the clipboard, downloaded files and their
 * names, and `mailto:` links, whatever the page's hyphenated strings put into them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from './browser.ts';
import { copyFeedback } from './clipboard.ts';
import { hyphenate } from './hyphenate.ts';
import { SOFT_HYPHEN } from './soft-hyphens.ts';
import { mailto } from '../islands/builders/message.ts';

const hyphenated = hyphenate('Kontaktanfrage zum Netzwerktreffen', 'de');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('what a reader takes away', () => {
  it('starts from text that has soft hyphens', () => {
    expect(hyphenated).toContain(SOFT_HYPHEN);
  });

  it('copies without soft hyphens', async () => {
    const written: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void written.push(text) } });
    expect(await copyFeedback(hyphenated, { copied: 'copied', failed: 'failed' })).toBe('copied');
    expect(written).toEqual(['Kontaktanfrage zum Netzwerktreffen']);
  });

  it('downloads a file and its name without soft hyphens', async () => {
    const blobs: Blob[] = [];
    const link = { href: '', download: '', hidden: false, click: () => {}, remove: () => {} };
    vi.stubGlobal('URL', { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:x'), revokeObjectURL: () => {} });
    vi.stubGlobal('document', { createElement: () => link, body: { append: () => {} } });
    downloadFile(`${hyphenated}.md`, `# ${hyphenated}\n\n${hyphenated}`, 'text/markdown');
    expect(link.download).toBe('Kontaktanfrage zum Netzwerktreffen.md');
    expect(await blobs[0]!.text()).toBe('# Kontaktanfrage zum Netzwerktreffen\n\nKontaktanfrage zum Netzwerktreffen');
  });

  it('writes mailto: links without soft hyphens', () => {
    const href = mailto({ subject: hyphenated, body: `${hyphenated}\n${hyphenated}` });
    expect(decodeURIComponent(href)).not.toContain(SOFT_HYPHEN);
    expect(href).not.toMatch(/%C2%AD/i);
    expect(decodeURIComponent(href)).toContain('subject=Kontaktanfrage zum Netzwerktreffen');
  });
});
