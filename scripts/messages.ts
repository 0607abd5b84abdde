/**
 * `npm run messages`: writes docs/messages/<locale>.md, the catalogue of every message the site
 * writes (see tests/support/catalogue.ts). Commit the result with the change that caused it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../src/i18n/locales.ts';
import { catalogue } from '../tests/support/catalogue.ts';
import { root } from '../tests/support/dist.ts';

const dir = join(root, 'docs', 'messages');
mkdirSync(dir, { recursive: true });
for (const locale of locales) {
  writeFileSync(join(dir, `${locale}.md`), catalogue(locale));
  console.log(`docs/messages/${locale}.md`);
}
