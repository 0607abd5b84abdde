/**
 * Islands reach the browser, so they must never bundle the dictionaries: they get their strings as
 * props and fill them with src/i18n/format.ts. A type import costs nothing and is allowed; so are
 * the build-time helpers that pages run (`page.ts`) and the tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/dist.ts';

const islands = join(root, 'src', 'islands');
const buildTimeOnly = new Set(['builders/page.ts']);

const files = readdirSync(islands, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.test.ts') && !buildTimeOnly.has(f.replaceAll('\\', '/')))
  .map((f) => join(islands, f));

describe('island code', () => {
  it('is found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports the dictionaries only as types', () => {
    const offending = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*from '[./]*i18n\/(?:index|ui\/)[^']*';/gm)].map(
        (m) => `${relative(root, file)}: ${m[0]}`,
      ),
    );
    expect(offending).toEqual([]);
  });
});
