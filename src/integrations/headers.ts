/**
 * Writes dist/_headers (src/lib/headers.ts): the pages' Content-Security-Policy as a header, with
 * `frame-ancestors 'none'`, the other security headers, and caching by file. Runs last, so every
 * file of the build (search index, icons, service workers) is there to be given its rule.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeaders, headerPolicy, headerRules, metaPolicy } from '../lib/headers.ts';

export function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'connector:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name).slice(dist.length).replace(/^\/+/, ''))
          .filter((file) => file !== '_headers')
          // In a fixed order, so the same site writes the same _headers on any file system.
          .sort();
        const policies: string[] = [];
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          const policy = metaPolicy(await readFile(join(dist, file), 'utf8'));
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>, so _headers cannot match it`);
          policies.push(policy);
        }
        const rules = headerRules(headerPolicy(policies), base, files);
        await writeFile(join(dist, '_headers'), formatHeaders(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
