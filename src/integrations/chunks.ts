/**
 * How the islands' code is cut into files for the browser (the budget: at most 80 KB of
 * JavaScript on a page with an island, React included; `npm run bench`).
 *
 * Vite wraps every `import()` in its preload helper: about a kilobyte (gzip) that fetches the
 * imported chunk's own imports alongside it and loads the CSS of a lazily loaded module. Here the
 * pages link all of their CSS themselves (Astro collects it at build), and a lazily loaded chunk's
 * imports are the page's shared chunks, loaded already, so that kilobyte bought nothing. The helper
 * is replaced by one line that only imports; and so that no lazily loaded module can quietly lose
 * its CSS, the build stops if one ever needs any.
 */
import type { AstroIntegration } from 'astro';

const helperId = '\0vite/preload-helper.js';

/** The Vite plugin (exported for the unit test). */
export const plainImports = {
  name: 'connector:plain-imports',
  enforce: 'pre' as const,
  /** Vite lists no chunk for the helper to fetch in advance: only CSS, which must not happen. */
  config: () => ({ build: { modulePreload: false as const } }),
  resolveId: (id: string) => (id === helperId || id === 'vite/preload-helper.js' ? helperId : undefined),
  load: (id: string) => (id === helperId ? 'export const __vitePreload = (load) => load();' : undefined),
  /** After Vite has written each `import()`'s list of files to fetch with it: each must be empty. */
  writeBundle(_options: unknown, bundle: Record<string, { type: string; code?: string; fileName: string }>) {
    const needing = Object.values(bundle).filter(
      (chunk) => chunk.type === 'chunk' && chunk.code?.includes('__vite__mapDeps'),
    );
    if (needing.length)
      throw new Error(
        `${needing.map((chunk) => chunk.fileName).join(', ')}: a lazily loaded module imports CSS, which the plain import() of src/integrations/chunks.ts would not load. Import that CSS from the island's entry instead.`,
      );
  },
};

/**
 * An island's entry chunk may take in the modules it shares only with what it loads on demand
 * (Rolldown's `preserveEntrySignatures: 'allow-extension'`: the chunk exports them for its lazy
 * chunks). Astro asks for `exports-only`, which gave every such module a file of its own. Astro
 * loads an island by its default export, which stays as it is. In the browser's build only.
 */
export const openEntries = {
  name: 'connector:open-entries',
  applyToEnvironment: (environment: { name: string }) => environment.name === 'client',
  options: <T extends object>(options: T) => ({ ...options, preserveEntrySignatures: 'allow-extension' as const }),
};

/**
 * The shared chunks, each named by the modules it starts from (paths under src/; what they import
 * comes along unless a group of higher priority has it). Left alone, Rolldown gives every set of
 * islands that shares a module a file of its own: a builder page fetched thirteen files of ours,
 * and small files compress badly. Instead every page with an island fetches Astro's renderer,
 * React, the kit and its own island's chunks. A module that only one island uses stays with that
 * island. A group of modules loaded on demand (`import()`) must name none that come at once, or it
 * would come at once with them.
 */
export const groups: ReadonlyArray<{ name: string; priority: number; modules: readonly string[] }> = [
  // The JSX runtime goes with React rather than into the kit: Astro's renderer imports React too.
  { name: 'react', priority: 3, modules: [] },
  {
    // What every island needs at first paint: saved work, the notice of data set aside, status,
    // the error summary's place (its code loads with the first errors), and undo. Copying and
    // downloading come with what offers them.
    name: 'kit',
    priority: 2,
    modules: [
      'lib/storage.ts',
      'lib/collection.ts',
      'i18n/format.ts',
      'islands/shared/AsideNotice.tsx',
      'islands/shared/ErrorSummary.tsx',
      'islands/shared/Undo.tsx',
      'islands/shared/useStatus.ts',
      'islands/builders/drafts.ts',
      'islands/shared/ConfirmClear.tsx',
      'lib/graphemes.ts',
      // Dates as every island writes them (British English for en): small, and without it here
      // the islands that show a date would fetch the worksheet's record chunk for it.
      'lib/days.ts',
    ],
  },
  // Copying and downloading: the quiz's replies, and what islands load on demand.
  { name: 'copy', priority: 2, modules: ['lib/browser.ts', 'islands/shared/useCopy.ts'] },
  // Each kind of record, read by its island and by the saved-work page (which with the builders
  // also asks before deleting everything at once: that control goes with the drafts).

  { name: 'progress', priority: 2, modules: ['islands/quiz/progress.ts'] },
  { name: 'record', priority: 2, modules: ['islands/worksheet/record.ts'] },
  // The flow the three builders share (each builder's entry adds its questions). What they load
  // on the way to "Write" is left to Rolldown: a group there would be reached through a namespace
  // object, whose helper would then come with the runtime on every page.
  { name: 'builders', priority: 1, modules: ['islands/builders/Island.tsx', 'islands/builders/register.ts'] },
];

/** A module's id with forward slashes, so one test holds on any system. */
const slashed = (id: string) => id.replaceAll('\\', '/');

/** The groups as Rolldown takes them (`output.codeSplitting.groups`). */
export function codeSplittingGroups() {
  return groups.map(({ name, priority, modules }) => ({
    name,
    priority,
    test:
      name === 'react'
        ? (id: string) => slashed(id).includes('/node_modules/react/')
        : (id: string) => modules.some((module) => slashed(id).endsWith(`/src/${module}`)),
  }));
}

export function chunks(): AstroIntegration {
  return {
    name: 'connector:chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [plainImports, openEntries],
            environments: {
              client: { build: { rolldownOptions: { output: { codeSplitting: { groups: codeSplittingGroups() } } } } },
            },
          },
        });
      },
    },
  };
}
