import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { networkQuiet, trackRequests } from './network.ts';

/**
 * The JavaScript a page with an island may load, React included (gzip): 80 KB, the target of the
 * README and `npm run bench`, counted as `scriptWeight` counts it, once the page has hydrated and
 * after a first interaction (a builder's first answer, a quiz's first answer). What loads later
 * on demand (a builder's writer and checks on the way to "Write", the worksheet's brief, the
 * saved-work page's backup) is not counted: the bench reports the same figures against the same
 * target.
 */
export const islandBudgetBytes = 80 * 1024;

export interface LoadedScript {
  path: string;
  gzip: number;
}

/**
 * Starts counting the JavaScript `page` loads. The function it gives back waits for the network to
 * settle and tells how much has loaded by then (gzip): every script file fetched, and the scripts
 * inline in the HTML, compressed together as the HTML carries them (the bench counts the same way).
 */
export function scriptWeight(page: Page): () => Promise<{ bytes: number; files: LoadedScript[]; list: string }> {
  const files: Array<Promise<LoadedScript>> = [];
  trackRequests(page);
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    // A redirect has no body; the script it leads to comes as a response of its own.
    if (response.request().redirectedTo() || (response.status() >= 300 && response.status() < 400)) return;
    const path = new URL(response.url()).pathname;
    files.push(
      response.body().then(
        (body) => ({ path, gzip: gzipSync(body, { level: 9 }).length }),
        // A body that cannot be read (the page went on, e.g. a reload) counts as unknown: a
        // figure that includes it is NaN, which fails any budget instead of passing unseen.
        () => ({ path, gzip: Number.NaN }),
      ),
    );
  });
  return async () => {
    await networkQuiet(page);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '').join('\n'),
    );
    const loaded = await Promise.all(files);
    const bytes = loaded.reduce((sum, file) => sum + file.gzip, 0) + gzipSync(inline, { level: 9 }).length;
    return { bytes, files: loaded, list: loaded.map((file) => `${file.path} ${file.gzip}`).join(', ') };
  };
}
