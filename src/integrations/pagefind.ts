/**
 * Builds the Pagefind index after Astro has written the site. Pagefind reads each page's
 * `<html lang>` and writes one index per language, so a German page only ever searches German.
 * Only content marked `data-pagefind-body` (lessons, glossary, start pages) is indexed. The index
 * stores site paths (`/en/lessons/x/`); under a base, src/scripts/search.ts puts the base in front.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/** Indexes `site` into `site/pagefind`; Pagefind's own process is closed whatever happens. */
export async function buildIndex(site: string, api: typeof pagefindApi = pagefindApi): Promise<number> {
  try {
    const { index, errors } = await api.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    return added.page_count;
  } catch (error) {
    throw new Error(`The search index of ${site} was not built`, { cause: error });
  } finally {
    await api.close();
  }
}

export function pagefind(): AstroIntegration {
  return {
    name: 'connector:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`indexed ${await buildIndex(fileURLToPath(dir))} pages`);
      },
    },
  };
}
