/**
 * Narrows every page's Content-Security-Policy `<meta>` to the hashes of what that page inlines
 * (src/lib/csp.ts). Runs first after the build, so the service workers' revisions and `_headers`
 * are computed from the pages as they are served.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { narrowPolicy } from '../lib/csp.ts';

export function csp(): AstroIntegration {
  return {
    name: 'connector:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = (await readdir(dist, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name));
        let saved = 0;
        for (const file of pages) {
          const html = await readFile(file, 'utf8');
          const narrowed = narrowPolicy(html);
          saved += html.length - narrowed.length;
          if (narrowed !== html) await writeFile(file, narrowed);
        }
        logger.info(`narrowed the policy of ${pages.length} pages (${(saved / pages.length).toFixed(0)} bytes each)`);
      },
    },
  };
}
