/**
 * The `client:visible-props` and `client:use-props` directives (src/scripts/), and after the build,
 * each page's props of islands hydrated with them moved into files beside the page
 * (src/lib/island-props.ts). Runs right after the build, before the service workers list the files
 * to precache (each locale's worker keeps its pages' props files too).
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { directives, hasMovedProps, moveIslandProps } from '../lib/island-props.ts';

export function islandProps(): AstroIntegration {
  let base = '/';
  return {
    name: 'connector:island-props',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        for (const [name, script] of Object.entries(directives)) {
          addClientDirective({ name, entrypoint: fileURLToPath(new URL(`../scripts/${script}`, import.meta.url)) });
        }
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const prefix = `${base.replace(/\/+$/, '')}/`;
        const pages = (await readdir(dist, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name));
        let moved = 0;
        for (const file of pages) {
          const html = await readFile(file, 'utf8');
          if (!hasMovedProps(html)) continue;
          const directory = relative(dist, dirname(file)).replaceAll('\\', '/');
          const result = moveIslandProps(html, `${prefix}${directory ? `${directory}/` : ''}`);
          for (const { name, text } of result.files) await writeFile(join(dirname(file), name), text);
          await writeFile(file, result.html);
          moved += result.files.length;
        }
        logger.info(`moved the props of ${moved} islands into files beside their pages`);
      },
    },
  };
}
