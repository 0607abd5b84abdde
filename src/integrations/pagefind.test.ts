import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as pagefindApi from 'pagefind';
import { buildIndex } from './pagefind.ts';

/** A built site of three pages, two of them with content to index; one has a soft hyphen. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'connector-pagefind-'));
  mkdirSync(join(dir, 'de', 'a'), { recursive: true });
  writeFileSync(
    join(dir, 'de', 'a', 'index.html'),
    '<html lang="de"><main data-pagefind-body>Kontakt\u00ADanfrage</main></html>',
  );
  writeFileSync(join(dir, 'de', 'index.html'), '<html lang="de"><main data-pagefind-body>Start</main></html>');
  writeFileSync(join(dir, '404.html'), '<html lang="en"><main>Not found</main></html>');
  return dir;
}

/** A stand-in for Pagefind's Node API whose index fails at `step`, recording what it was given. */
function fakeApi(step?: 'start' | 'add' | 'write' | 'throw') {
  const close = vi.fn(async () => {});
  const added: string[] = [];
  const index = {
    addHTMLFile: async ({ content }: { content: string }) => {
      if (step === 'throw') throw new Error('the Pagefind process died');
      added.push(content);
      return { errors: step === 'add' ? ['bad page'] : [] };
    },
    writeFiles: async () => ({ errors: step === 'write' ? ['disk full'] : [], outputPath: '' }),
  };
  const api = {
    createIndex: async () => (step === 'start' ? { errors: ['no binary'] } : { index, errors: [] }),
    close,
  } as unknown as typeof pagefindApi;
  return { api, close, added };
}

describe('building the search index', () => {
  it('hands every page over without soft hyphens, counts the indexed ones and closes Pagefind', async () => {
    const { api, close, added } = fakeApi();
    expect(await buildIndex(site(), api)).toBe(2);
    expect(added).toHaveLength(3);
    expect(added.join('')).toContain('Kontaktanfrage');
    expect(added.join('')).not.toContain('\u00AD');
    expect(close).toHaveBeenCalledOnce();
  });

  it.each(['start', 'add', 'write', 'throw'] as const)(
    'closes Pagefind and keeps the cause when %s fails',
    async (step) => {
      const { api, close } = fakeApi(step);
      const dir = site();
      const error: Error = await buildIndex(dir, api).then(
        () => {
          throw new Error('should have failed');
        },
        (e: Error) => e,
      );
      expect(error.message).toBe(`The search index of ${dir} was not built`);
      expect((error.cause as Error).message).toMatch(/no binary|bad page|disk full|process died/);
      expect(close).toHaveBeenCalledOnce();
    },
  );
});
