/**
 * Builds the Pagefind index after Astro has written the site. Pagefind reads each page's
 * `<html lang>` and writes one index per language, so a German page only ever searches German.
 * Only content marked `data-pagefind-body` is indexed: lessons, the glossary, the start page, and
 * the title, lead and questions of the tools and quiz pages (see src/components/SearchEntry.astro).
 * The index stores site paths (`/en/lessons/x/`); under a base, src/scripts/search.ts puts the base
 * in front.
 *
 * Each page is handed to Pagefind without its soft hyphens (the build hyphenates what pages show,
 * src/lib/hyphenate.ts): the index, the excerpts and the titles hold whole words, so searching a
 * compound finds it and nothing copied from a result carries a hidden hyphen.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { withoutSoftHyphens } from '../lib/soft-hyphens.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Indexes the pages under `site` into `site/pagefind` and returns how many it indexed; Pagefind's
 * own process is closed whatever happens, and a failure names the site with its cause.
 */
export async function buildIndex(site: string, api: typeof pagefindApi = pagefindApi): Promise<number> {
  try {
    const { index, errors } = await api.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let indexed = 0;
    for (const file of await htmlFiles(site)) {
      const content = withoutSoftHyphens(await readFile(file, 'utf8'));
      const added = await index.addHTMLFile({ sourcePath: relative(site, file).replaceAll('\\', '/'), content });
      if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      // Pagefind reads every page but indexes only those with a `data-pagefind-body`.
      if (content.includes('data-pagefind-body')) indexed++;
    }
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    return indexed;
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
