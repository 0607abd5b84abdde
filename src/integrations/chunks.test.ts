import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../tests/support/dist.ts';
import { codeSplittingGroups, groups, plainImports } from './chunks.ts';

describe('plain import()', () => {
  it('stands in for Vite’s preload helper with a function that only imports', async () => {
    const id = plainImports.resolveId('\0vite/preload-helper.js');
    expect(id).toBe('\0vite/preload-helper.js');
    const source = plainImports.load(id!)!;
    const url = `data:text/javascript,${encodeURIComponent(source)}`;
    const { __vitePreload } = (await import(/* @vite-ignore */ url)) as {
      __vitePreload: (load: () => Promise<string>, deps?: string[]) => Promise<string>;
    };
    expect(await __vitePreload(async () => 'the module', [])).toBe('the module');
    expect(plainImports.load('src/lib/storage.ts')).toBeUndefined();
  });

  it('stops the build when a lazily loaded module needs files fetched with it', () => {
    const chunk = (fileName: string, code: string) => ({ type: 'chunk', fileName, code });
    const fine = { 'a.js': chunk('a.js', 'export const a = () => __vitePreload(() => import("./b.js"), []);') };
    expect(() => plainImports.writeBundle({}, fine)).not.toThrow();
    const needing = {
      ...fine,
      'c.js': chunk('c.js', 'const __vite__mapDeps=(i)=>i.map(i=>["_astro/c.css"][i]);'),
      'style.css': { type: 'asset', fileName: 'style.css' },
    };
    expect(() => plainImports.writeBundle({}, needing)).toThrow(/c\.js: a lazily loaded module imports CSS/);
  });
});

describe('the shared chunks', () => {
  it('name modules that exist', () => {
    const named = groups.flatMap((group) => group.modules);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((module) => !existsSync(join(root, 'src', module)))).toEqual([]);
  });

  it('take each module by its path, on any system', () => {
    const [react, kit] = codeSplittingGroups();
    expect(react!.test(`${root}/node_modules/react/jsx-runtime.js`)).toBe(true);
    expect(react!.test(`${root}/node_modules/react-dom/client.js`)).toBe(false);
    expect(kit!.test(join(root, 'src', 'lib', 'collection.ts'))).toBe(true);
    expect(kit!.test('C:\\site\\src\\lib\\collection.ts')).toBe(true);
    expect(kit!.test(join(root, 'src', 'lib', 'collection.test.ts'))).toBe(false);
    expect(kit!.test(join(root, 'src', 'islands', 'shared', 'AsideNoticeBody.tsx'))).toBe(false);
  });
});
