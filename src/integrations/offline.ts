/**
 * Writes one service worker per locale after the build (see src/lib/offline.ts for what each one
 * keeps), with workbox-build's `generateSW`. It runs after the Pagefind integration in the config,
 * so the search index it precaches already exists.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { locales } from '../i18n/locales.ts';
import { workerOptions } from '../lib/offline.ts';

export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'connector:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        for (const locale of locales) {
          let result: Awaited<ReturnType<typeof generateSW>>;
          try {
            result = await generateSW(workerOptions(dist, locale, base));
          } catch (error) {
            throw new Error(`The ${locale} service worker could not be written`, { cause: error });
          }
          for (const warning of result.warnings) logger.warn(`${locale}: ${warning}`);
          logger.info(`${locale}/sw.js precaches ${result.count} files, ${(result.size / 1024).toFixed(0)} KB`);
        }
      },
    },
  };
}
