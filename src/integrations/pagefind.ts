/**
 * Builds the Pagefind index after Astro has written the site. Pagefind reads each page's
 * `<html lang>` and writes one index per language, so a German page only ever searches German.
 * Only content marked `data-pagefind-body` (lessons, glossary, start pages) is indexed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'connector:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await pagefindApi.close();
      },
    },
  };
}
