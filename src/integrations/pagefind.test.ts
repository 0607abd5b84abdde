import { describe, expect, it, vi } from 'vitest';
import type * as pagefindApi from 'pagefind';
import { buildIndex } from './pagefind.ts';

/** A stand-in for Pagefind's Node API whose index fails at `step`, recording `close()`. */
function fakeApi(step?: 'start' | 'add' | 'write' | 'throw') {
  const close = vi.fn(async () => {});
  const index = {
    addDirectory: async () => {
      if (step === 'throw') throw new Error('the Pagefind process died');
      return { errors: step === 'add' ? ['bad page'] : [], page_count: 3 };
    },
    writeFiles: async () => ({ errors: step === 'write' ? ['disk full'] : [], outputPath: '' }),
  };
  const api = {
    createIndex: async () => (step === 'start' ? { errors: ['no binary'] } : { index, errors: [] }),
    close,
  } as unknown as typeof pagefindApi;
  return { api, close };
}

describe('building the search index', () => {
  it('returns the page count and closes Pagefind', async () => {
    const { api, close } = fakeApi();
    expect(await buildIndex('/site', api)).toBe(3);
    expect(close).toHaveBeenCalledOnce();
  });

  it.each(['start', 'add', 'write', 'throw'] as const)(
    'closes Pagefind and keeps the cause when %s fails',
    async (step) => {
      const { api, close } = fakeApi(step);
      const error: Error = await buildIndex('/site', api).then(
        () => {
          throw new Error('should have failed');
        },
        (e: Error) => e,
      );
      expect(error.message).toBe('The search index of /site was not built');
      expect((error.cause as Error).message).toMatch(/no binary|bad page|disk full|process died/);
      expect(close).toHaveBeenCalledOnce();
    },
  );
});
