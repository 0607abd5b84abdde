/**
 * The catalogue of messages (docs/messages/<locale>.md) is committed so that a reviewer reads every
 * change to what the site writes as a diff. This fails when it no longer matches the code: run
 * `npm run messages` and commit the result with the change.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { catalogue } from '../support/catalogue.ts';
import { root } from '../support/dist.ts';

describe('the catalogue of messages', () => {
  it.each(locales)('docs/messages/%s.md is what the code writes now (npm run messages)', (locale) => {
    const file = join(root, 'docs', 'messages', `${locale}.md`);
    expect(existsSync(file), `${file} is missing: run npm run messages`).toBe(true);
    expect(readFileSync(file, 'utf8'), 'stale: run npm run messages and commit docs/messages/').toBe(catalogue(locale));
  });
});
