/**
 * Draws the images of src/lib/images.ts after the build, with sharp: the app icons from
 * public/favicon.svg (the manifest and the iOS home screen use them) and a share card per locale.
 * It runs before the offline integration, which precaches the icons.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { dictionaries } from '../i18n/index.ts';
import { locales } from '../i18n/locales.ts';
import { faviconColour, icons, maskableScale, shareCardPath, shareCardSvg } from '../lib/images.ts';

async function write(file: string, data: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, data);
}

export function images(): AstroIntegration {
  let favicon = '';
  return {
    name: 'connector:images',
    hooks: {
      'astro:config:done': ({ config }) => {
        favicon = fileURLToPath(new URL('favicon.svg', config.publicDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const svg = await readFile(favicon);
        const colour = faviconColour(svg.toString('utf8'));
        for (const icon of icons) {
          // Rendered at the size it is shown, not scaled down from a bitmap: sharp reads SVG.
          const drawn = Math.round(icon.purpose === 'maskable' ? icon.size * maskableScale : icon.size);
          const mark = await sharp(svg, { density: (72 * drawn) / 32 })
            .resize(drawn, drawn)
            .png()
            .toBuffer();
          const png =
            icon.purpose === 'maskable'
              ? await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: colour } })
                  .composite([{ input: mark, gravity: 'centre' }])
                  .png()
                  .toBuffer()
              : mark;
          await write(join(dist, icon.file), png);
        }
        for (const locale of locales) {
          const { site } = dictionaries[locale];
          const card = shareCardSvg({ name: site.name, tagline: site.tagline, colour });
          await write(join(dist, shareCardPath(locale)), await sharp(Buffer.from(card)).png().toBuffer());
        }
        logger.info(`drew ${icons.length} icons and ${locales.length} share cards`);
      },
    },
  };
}
